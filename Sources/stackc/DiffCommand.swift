import Foundation
import Jsonnet
import StackKit
import YAML

/// `stackc diff OLD NEW` and `stackc diff --git REV STACK`: what a change does to the
/// generated manifests, object by object (matched by identity, not file), in text, JSON or
/// Markdown. Exit status as `diff`'s: 0 no change, 1 changes, 2 error.
struct DiffCommand {
    static let usage = """
        Usage: stackc diff [options] <old> <new>
               stackc diff [options] --git <rev> <stack.jsonnet>

        Compares two versions of a stack's manifests. <old> and <new> are each a manifest
        directory (as written by `stackc build`, or kube-prometheus's manifests/), a stack file
        (.jsonnet, compiled as `stackc build` compiles it) or a YAML/JSON manifest stream.
        With --git, the stack is compiled as it was at git revision <rev> (its repository's
        files at that revision, so imports resolve there) and as it is in the working tree.
        Objects are matched by API group, kind, namespace and name, so moving an object to
        another file is no change. Lists of named objects (containers, env, ports, …) are
        compared by name, PrometheusRules by group and rule, Grafana dashboards by panel,
        ConfigMap and Secret data by key; Secret values are never printed.
        Exit status: 0 when nothing changed, 1 when something did, 2 on an error.

        Options:
          --format text|json|markdown  Output format (default text)
          --git <rev>                  Compare <stack.jsonnet> at <rev> with the working tree
          -h / --help                  This message
        Evaluation options for stack files as for `stackc eval`: -J, -V/--ext-str[-file],
        --ext-code[-file], -A/--tla-str[-file], --tla-code[-file], -s, -t. With --git, -J
        folders and variable files inside the repository are read at <rev> for the old side.

        """

    struct Options {
        var format = DiffFormat.text
        var gitRevision: String?
        var paths: [String] = []
        var evalArgs: [String] = []
    }

    /// Why the diff could not be made; exits 2.
    typealias Failure = StackSource.Failure

    static func run(_ args: [String]) -> ExitCode {
        var o = Options()
        let args = EvalCommand.simplify(args)
        var i = 0
        while i < args.count {
            let a = args[i]
            switch a {
            case "-h", "--help":
                Output.stdout(usage)
                return .ok
            case "--format":
                guard i + 1 < args.count else { return usageError("--format needs an argument") }
                i += 1
                guard let f = DiffFormat(rawValue: args[i]) else {
                    return usageError("--format must be text, json or markdown, got '\(args[i])'")
                }
                o.format = f
            case "--git":
                guard i + 1 < args.count else { return usageError("--git needs a revision") }
                i += 1
                o.gitRevision = args[i]
            case "--":
                o.paths += args[(i + 1)...]
                i = args.count
                continue
            default:
                if EvalCommand.flagsWithValue.contains(a) {
                    guard i + 1 < args.count else { return usageError("\(a) needs an argument") }
                    o.evalArgs += [a, args[i + 1]]
                    i += 1
                } else if a.hasPrefix("-") && a != "-" {
                    return usageError("unknown option \(a)")
                } else {
                    o.paths.append(a)
                }
            }
            i += 1
        }
        if o.gitRevision != nil {
            guard o.paths.count == 1 else { return usageError("--git <rev> takes one stack file, got \(o.paths.count) arguments") }
        } else {
            guard o.paths.count == 2 else { return usageError("give two things to compare (<old> <new>), got \(o.paths.count)") }
        }
        // Validate the evaluation flags once, before any work.
        do {
            _ = try EvalCommand.parse(o.evalArgs + ["-"], environment: ProcessInfo.processInfo.environment)
        } catch let e as EvalCommand.UsageError {
            return usageError(e.message)
        } catch {
            return usageError("\(error)")
        }
        // Deeply nested inputs are compared recursively: give the work a large stack.
        let box = ResultBox()
        let options = o
        let thread = Thread {
            box.result = execute(options).map { report in (options.format.render(report), report.hasChanges) }
            box.done.signal()
        }
        thread.stackSize = 1 << 29
        thread.start()
        box.done.wait()
        switch box.result {
        case .success(let (text, changed))?:
            Output.stdout(text)
            return changed ? .failure : .ok
        case .failure(let f)?:
            Output.stderr(f.message.hasSuffix("\n") ? f.message : f.message + "\n")
            return .usage
        case nil:
            return .usage
        }
    }

    private final class ResultBox: @unchecked Sendable {
        var result: Result<(text: String, changed: Bool), Failure>?
        let done = DispatchSemaphore(value: 0)
    }

    private static func usageError(_ message: String) -> ExitCode {
        Output.stderr("stackc diff: \(message)\n\n" + usage)
        return .usage
    }

    private static func execute(_ o: Options) -> Result<DiffReport, Failure> {
        do throws(Failure) {
            let env = ProcessInfo.processInfo.environment
            let newSettings = try settings(o.evalArgs, environment: env)
            if let rev = o.gitRevision {
                let stack = o.paths[0]
                let old = try GitRevision.objects(of: stack, at: rev, evalArgs: o.evalArgs, environment: env)
                let new = try load(stack, settings: newSettings)
                return .success(DiffReport(old: old, new: new))
            }
            let old = try load(o.paths[0], settings: newSettings)
            let new = try load(o.paths[1], settings: newSettings)
            return .success(DiffReport(old: old, new: new))
        } catch {
            return .failure(error)
        }
    }

    static func settings(_ evalArgs: [String], environment: [String: String]) throws(Failure) -> EvaluationSettings {
        try StackSource.settings(evalArgs, environment: environment, command: "diff")
    }

    static func load(_ path: String, settings: EvaluationSettings, shownAs: String? = nil,
                     rewrite: (String) -> String = { $0 }) throws(Failure) -> [KubeObject] {
        try StackSource.load(path, settings: settings, command: "diff", shownAs: shownAs, rewrite: rewrite)
    }
}

/// A stack compiled as it was at a git revision: the repository's files at that revision are
/// extracted (`git archive`) into a temporary folder and the stack is compiled there, with
/// `-J` folders, `JSONNET_PATH` entries and variable files that lie inside the repository
/// moved there too.
enum GitRevision {
    typealias Failure = DiffCommand.Failure

    static func objects(of stack: String, at rev: String, evalArgs: [String], environment: [String: String]) throws(Failure) -> [KubeObject] {
        let fm = FileManager.default
        guard fm.fileExists(atPath: stack) else { throw Failure(message: "stackc diff: \(stack): no such file or directory") }
        let stackURL = URL(fileURLWithPath: stack).standardizedFileURL
        let dir = stackURL.deletingLastPathComponent().path
        guard let top = try? git(["-C", dir, "rev-parse", "--show-toplevel"]).trimmingCharacters(in: .newlines),
              let prefix = try? git(["-C", dir, "rev-parse", "--show-prefix"]).trimmingCharacters(in: .newlines) else {
            throw Failure(message: "stackc diff: \(stack) is not inside a git work tree")
        }
        guard (try? git(["-C", top, "rev-parse", "--verify", "--quiet", rev + "^{commit}"])) != nil else {
            throw Failure(message: "stackc diff: unknown revision \(rev)")
        }
        let tmp = fm.temporaryDirectory.appendingPathComponent("stackc-diff-\(UUID().uuidString)")
        let tree = tmp.appendingPathComponent("tree")
        do {
            try fm.createDirectory(at: tree, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "stackc diff: cannot create \(tree.path): \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: tmp) }
        let archive = tmp.appendingPathComponent("rev.tar").path
        _ = try git(["-C", top, "archive", "--format=tar", "-o", archive, rev])
        _ = try run("tar", ["-xf", archive, "-C", tree.path])

        let topReal = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
        /// A path as it is at `rev`: inside the repository, moved into the extracted tree.
        func atRevision(_ path: String) -> String {
            let real = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            if real == topReal { return tree.path }
            guard real.hasPrefix(topReal + "/") else { return path }
            return tree.path + String(real.dropFirst(topReal.count))
        }
        var args: [String] = []
        var k = 0
        while k < evalArgs.count {
            let flag = evalArgs[k]
            var value = k + 1 < evalArgs.count ? evalArgs[k + 1] : ""
            switch flag {
            case "-J", "--jpath":
                value = atRevision(value)
            case "--ext-str-file", "--ext-code-file", "--tla-str-file", "--tla-code-file":
                if let eq = value.firstIndex(of: "=") {
                    value = String(value[...eq]) + atRevision(String(value[value.index(after: eq)...]))
                }
            default:
                break
            }
            args += [flag, value]
            k += 2
        }
        var env = environment
        if let paths = env["JSONNET_PATH"] {
            env["JSONNET_PATH"] = paths.split(separator: ":").map { atRevision(String($0)) }.joined(separator: ":")
        }
        let settings = try DiffCommand.settings(args, environment: env)
        let oldStack = tree.appendingPathComponent(prefix).appendingPathComponent(stackURL.lastPathComponent).path
        let shown = "\(rev):\(prefix)\(stackURL.lastPathComponent)"
        guard fm.fileExists(atPath: oldStack) else {
            throw Failure(message: "stackc diff: \(prefix)\(stackURL.lastPathComponent) does not exist at \(rev)")
        }
        return try DiffCommand.load(oldStack, settings: settings, shownAs: shown) { message in
            message.replacingOccurrences(of: tree.path + "/", with: rev + ":")
        }
    }

    private static func git(_ args: [String]) throws(Failure) -> String {
        try run("git", args)
    }

    /// Runs a program found on PATH; its stdout, or a failure with its stderr.
    private static func run(_ program: String, _ args: [String]) throws(Failure) -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [program] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do {
            try p.run()
        } catch {
            throw Failure(message: "stackc diff: cannot run \(program): \(error.localizedDescription)")
        }
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let errData = ResultData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            let text = String(decoding: errData.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(message: "stackc diff: \(program) \(args.joined(separator: " ")) failed" + (text.isEmpty ? "" : ": \(text)"))
        }
        return String(decoding: outData, as: UTF8.self)
    }

    private final class ResultData: @unchecked Sendable {
        var data = Data()
    }
}
