import Foundation
import Jsonnet
import RuleTesting
import StackKit

/// `stackc lint STACK.jsonnet | DIR`: finds wiring mistakes between a stack's components in
/// its compiled manifests (or in a directory of manifests) and reports them.
struct LintCommand {
    static let usage = """
        Usage: stackc lint [options] <stack.jsonnet | manifest-dir>

        Checks a stack's manifests for the wiring mistakes that break monitoring: unmonitored
        metrics ports, monitors that select nothing or name missing ports, monitors no
        Prometheus picks up, NetworkPolicies and RBAC that block scraping, invalid relabeling,
        rule and alert problems, and Kubernetes hygiene. A .jsonnet stack is compiled first;
        a directory is read as YAML/JSON manifests (subfolders included), another file as one
        YAML/JSON manifest stream (`stackc build --stdout`).
        Exit status: 0 without errors (warnings allowed), 1 with errors, 2 on bad usage or input.

        Options:
          --format text|json|github  Output format (default text; github: Actions annotations)
          --disable ID[,ID...]       Skip these rules (repeatable)
          --config FILE              Lint config: disable: [ids], severity: {id: error|warning|note}
                                     (default: .stackc-lint.yaml in the current folder, if present)
          --list-rules               Print every rule id, its severity and what it checks
          -h / --help                This message
        Evaluation options for a .jsonnet stack as for `stackc build`: -J, -V/--ext-*, -A/--tla-*, -s, -t.

        """

    static func run(_ args: [String]) -> ExitCode {
        var format = LintReport.Format.text
        var disabled: [String] = []
        var configPath: String?
        var evalArgs: [String] = []
        var inputs: [String] = []
        let args = EvalCommand.simplify(args)
        var i = 0
        func value(_ flag: String) -> String? {
            guard i + 1 < args.count else { return nil }
            i += 1
            return args[i]
        }
        while i < args.count {
            let a = args[i]
            switch a {
            case "-h", "--help":
                Output.stdout(usage)
                return .ok
            case "--list-rules":
                for r in Linter.rules.sorted(by: { $0.id < $1.id }) {
                    Output.stdout("\(r.id.padding(toLength: 34, withPad: " ", startingAt: 0)) \(r.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(r.summary)\n")
                }
                return .ok
            case "--format":
                guard let f = value(a), let parsed = LintReport.Format(rawValue: f) else { return usageError("--format must be text, json or github") }
                format = parsed
            case "--disable":
                guard let ids = value(a) else { return usageError("--disable needs a rule id") }
                disabled += ids.split(separator: ",").map(String.init)
            case "--config":
                guard let f = value(a) else { return usageError("--config needs a file") }
                configPath = f
            case _ where EvalCommand.flagsWithValue.contains(a):
                guard let v = value(a) else { return usageError("\(a) needs an argument") }
                evalArgs += [a, v]
            default:
                if a.hasPrefix("-") { return usageError("unknown option \(a)") }
                inputs.append(a)
            }
            i += 1
        }
        guard inputs.count == 1 else { return usageError("give one stack file or manifest directory") }
        let input = inputs[0]

        var config = LintConfig()
        let defaultConfig = ".stackc-lint.yaml"
        if let path = configPath ?? (FileManager.default.fileExists(atPath: defaultConfig) ? defaultConfig : nil) {
            guard let data = FileManager.default.contents(atPath: path) else {
                Output.stderr("stackc lint: cannot read \(path)\n")
                return .usage
            }
            do {
                config = try LintConfig.parse(String(decoding: data, as: UTF8.self))
            } catch {
                Output.stderr("stackc lint: \(path): \(error)\n")
                return .usage
            }
        }
        let known = Set(Linter.rules.map(\.id))
        for id in disabled + Array(config.disabled) + Array(config.severity.keys) where !known.contains(id) {
            Output.stderr("stackc lint: unknown rule id \(id) (see stackc lint --list-rules)\n")
            return .usage
        }
        config.disabled.formUnion(disabled)

        let objects: [KubeObject]
        var isDir: ObjCBool = false
        let isStack = !(FileManager.default.fileExists(atPath: input, isDirectory: &isDir) && isDir.boolValue)
        do throws(StackSource.Failure) {
            let settings = try StackSource.settings(evalArgs, environment: ProcessInfo.processInfo.environment, command: "lint")
            objects = try StackSource.load(input, settings: settings, command: "lint", withLocations: true)
        } catch {
            Output.stderr(error.message + "\n")
            return .usage
        }
        let context = LintContext(objects: objects) { text, alert in AlertTemplate.syntaxError(text, ruleName: alert) }
        let findings = Linter.run(context, config: config)
        Output.stdout(LintReport.render(findings, format: format, objects: objects.count,
                                        source: isStack ? input : nil, directory: isStack ? nil : input))
        Output.stderr(LintReport.summary(findings, objects: objects.count) + "\n")
        return findings.contains { $0.severity == .error } ? .failure : .ok
    }

    private static func usageError(_ message: String) -> ExitCode {
        Output.stderr("stackc lint: \(message)\n\n" + usage)
        return .usage
    }
}
