import Foundation
import Jsonnet
import StackKit
import YAML

/// `stackc build STACK.jsonnet -o DIR`: evaluates a stack and writes one YAML (or JSON) file
/// per manifest into DIR, atomically; or one YAML stream on stdout.
struct BuildCommand {
    enum Format: String {
        case yaml, json
    }

    struct Options {
        var eval = EvalCommand.Options()
        var outputDir: String?
        var format = Format.yaml
        var toStdout = false
    }

    static let usage = """
        Usage: stackc build [options] <stack.jsonnet>

        Evaluates the stack (an object whose fields are manifests, or objects of manifests) and
        writes one file per manifest, named by its field path joined with '-'
        ({prometheus: {service: ...}} -> prometheus-service.yaml; a '/' in a field name makes a
        subfolder). The directory is replaced atomically.

        Options:
          -o / --output <dir>        Output directory (required unless --stdout)
          --format yaml|json         File format (default yaml)
          --stdout                   Write one YAML stream to stdout instead of files
          -h / --help                This message
        Evaluation options as for `stackc eval`: -J, -V/--ext-str[-file], --ext-code[-file],
        -A/--tla-str[-file], --tla-code[-file], -s, -t. The bundled library is importable as
        'stackc/...' without -J.

        """

    static func parse(_ args: [String], environment: [String: String]) throws -> Options? {
        var o = Options()
        var rest: [String] = []
        var i = 0
        let args = EvalCommand.simplify(args)
        func next(_ flag: String) throws -> String {
            i += 1
            guard i < args.count else { throw EvalCommand.UsageError(message: "\(flag) needs an argument") }
            return args[i]
        }
        while i < args.count {
            let a = args[i]
            switch a {
            case "-h", "--help":
                Output.stdout(usage)
                return nil
            case "-o", "--output", "--output-dir":
                o.outputDir = try next(a)
            case "--format":
                let f = try next(a)
                guard let format = Format(rawValue: f) else {
                    throw EvalCommand.UsageError(message: "--format must be yaml or json, got '\(f)'")
                }
                o.format = format
            case "--stdout":
                o.toStdout = true
            case "-m", "--multi", "-y", "--yaml-stream", "-S", "--string", "-c", "--create-output-dirs", "--output-file":
                throw EvalCommand.UsageError(message: "\(a) is an option of stackc eval, not of stackc build")
            case "--":
                rest.append(contentsOf: args[i...])
                i = args.count
                continue
            default:
                rest.append(a)
                // Options of eval that take a value: keep the value with them.
                if EvalCommand.flagsWithValue.contains(a), i + 1 < args.count {
                    i += 1
                    rest.append(args[i])
                }
            }
            i += 1
        }
        guard let e = try EvalCommand.parse(rest, environment: environment) else { return nil }
        o.eval = e
        if o.toStdout && o.outputDir != nil { throw EvalCommand.UsageError(message: "give either -o DIR or --stdout, not both") }
        if !o.toStdout && o.outputDir == nil { throw EvalCommand.UsageError(message: "stackc build needs -o DIR (or --stdout)") }
        if o.toStdout && o.format == .json { throw EvalCommand.UsageError(message: "--stdout writes a YAML stream; --format json needs -o DIR") }
        return o
    }

    static func run(_ args: [String]) -> ExitCode {
        let o: Options
        do {
            guard let parsed = try parse(args, environment: ProcessInfo.processInfo.environment) else { return .ok }
            o = parsed
        } catch let e as EvalCommand.UsageError {
            Output.stderr("ERROR: \(e.message)\n")
            if e.showUsage { Output.stderr("\n" + usage) }
            return .failure
        } catch {
            Output.stderr("ERROR: \(error)\n")
            return .failure
        }
        return execute(o)
    }

    private static func execute(_ o: Options) -> ExitCode {
        let input: Jsonnet.Input
        if o.eval.exec {
            input = .snippet(code: o.eval.input!, filename: "<cmdline>")
        } else {
            if let problem = FileIO.inputProblem(o.eval.input!) {
                Output.stderr(problem + "\n")
                return .failure
            }
            input = .file(o.eval.input!)
        }
        let value: JSONValue
        do throws(JsonnetError) {
            value = try Jsonnet(settings: o.eval.settings).evaluateJSON(input)
        } catch {
            Output.stderr(error.rendered + "\n")
            return .failure
        }
        do throws(BuildError) {
            let manifests = try ManifestCollector.collect(ManifestValue.convert(value))
            let summary = BuildSummary(manifests)
            if o.toStdout {
                var out = ""
                for m in manifests { out += "---\n" + YAMLEmitter.emit(m.value) }
                Output.stdout(out)
                Output.stderr("stackc build: \(summary.text), \(manifests.count) documents\n")
                return .ok
            }
            let ext = o.format == .yaml ? ".yaml" : ".json"
            let files = manifests.map { m in
                (path: m.path + ext, contents: o.format == .yaml ? YAMLEmitter.emit(m.value) : JSONEmitter.emit(m.value))
            }
            let dir = o.outputDir!
            let report = try OutputTree.write(files, to: dir)
            Output.stderr("stackc build: \(summary.text), \(files.count) files (\(report.changed) changed, \(report.removed) removed) in \(dir)\n")
            return .ok
        } catch {
            Output.stderr("stackc build: \(error.message)\n")
            return .failure
        }
    }
}

/// The bridge from the language's plain values to the manifest layer's.
enum ManifestValue {
    static func convert(_ v: JSONValue) -> YAMLEmitValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d): return .number(d)
        case .string(let s): return .string(s)
        case .array(let a): return .array(a.map(convert))
        case .object(let o): return .object(o.mapValues(convert))
        }
    }
}
