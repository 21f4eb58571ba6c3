import Foundation
import Jsonnet
import RuleTesting

/// `stackc test FILE…`: runs promtool rule-test files (YAML, or Jsonnet evaluating to the same
/// structure) against their rule files and reports as `promtool test rules` does.
struct TestCommand {
    static let usage = """
        Usage: stackc test [options] <test-file>...

        Runs rule unit tests written in promtool's test-file format (YAML, or a .jsonnet file
        evaluating to the same structure). rule_files may name YAML rule files, manifests
        written by `stackc build` (PrometheusRule objects are unwrapped to their groups), or
        .jsonnet files (every PrometheusRule and rule file in their value is used).
        Exit status: 0 when every test passed, 1 when one failed, 2 on bad usage.

        Options:
          --junit <file>             Also write a JUnit XML report to <file>
          -h / --help                This message
        Evaluation options for .jsonnet files as for `stackc eval`: -J, -V/--ext-str[-file],
        --ext-code[-file], -A/--tla-str[-file], --tla-code[-file], -s, -t.

        """

    static func run(_ args: [String]) -> ExitCode {
        var files: [String] = []
        var evalArgs: [String] = []
        var junit: String?
        let args = EvalCommand.simplify(args)
        var i = 0
        while i < args.count {
            let a = args[i]
            switch a {
            case "-h", "--help":
                Output.stdout(usage)
                return .ok
            case "--junit":
                guard i + 1 < args.count else { return usageError("--junit needs a file name") }
                i += 1
                junit = args[i]
            case _ where EvalCommand.flagsWithValue.contains(a):
                guard i + 1 < args.count else { return usageError("\(a) needs an argument") }
                evalArgs += [a, args[i + 1]]
                i += 1
            default:
                if a.hasPrefix("-") && a != "-" { return usageError("unknown option \(a)") }
                files.append(a)
            }
            i += 1
        }
        guard !files.isEmpty else { return usageError("give at least one test file") }
        let settings: EvaluationSettings
        do throws(StackSource.Failure) {
            settings = try StackSource.settings(evalArgs, environment: ProcessInfo.processInfo.environment, command: "test")
        } catch {
            Output.stderr(error.message + "\n\n" + usage)
            return .usage
        }
        for f in files where !FileManager.default.fileExists(atPath: f) {
            Output.stderr("stackc test: \(f): no such file\n")
            return .usage
        }
        let runner = RuleTestRunner(readFile: { path in try readSource(path, settings: settings) })
        var reports: [TestFileReport] = []
        for f in files {
            let report = runner.run(f)
            Output.stdout(report.text)
            reports.append(report)
        }
        if let junit {
            do {
                try JUnitReport.xml(reports).write(toFile: junit, atomically: true, encoding: .utf8)
            } catch {
                Output.stderr("stackc test: cannot write \(junit): \(error.localizedDescription)\n")
                return .failure
            }
        }
        return reports.allSatisfy(\.passed) ? .ok : .failure
    }

    private static func usageError(_ message: String) -> ExitCode {
        Output.stderr("stackc test: \(message)\n\n" + usage)
        return .usage
    }

    /// A test or rule file's text: Jsonnet files are evaluated to JSON (which the YAML reader
    /// reads); other files are read as they are.
    private static func readSource(_ path: String, settings: EvaluationSettings) throws -> String {
        if path.hasSuffix(".jsonnet") || path.hasSuffix(".libsonnet") {
            do throws(JsonnetError) {
                return try Jsonnet(settings: settings).evaluate(.file(path))
            } catch {
                throw SourceError(message: error.rendered.trimmingCharacters(in: .newlines))
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SourceError(message: "open \(path): no such file or directory")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private struct SourceError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
