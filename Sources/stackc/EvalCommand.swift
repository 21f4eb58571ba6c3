import Foundation
import Jsonnet

/// `stackc eval`: a drop-in for go-jsonnet's `jsonnet` command (same flags, output and errors).
struct EvalCommand {
    static let version = "v0.22.0-stackc"

    struct Options {
        var exec = false
        var input: String?
        var jpaths: [String] = []
        var outputFile: String?
        var multiDir: String?
        var createDirs = false
        var yamlStream = false
        var stringOutput = false
        var trailingNewline = true
        var settings = EvaluationSettings()
    }

    /// A command-line mistake. go-jsonnet prints most of them as `ERROR: <message>`; a missing
    /// input is followed by a blank line and the usage text, and a few (a flag without its
    /// argument, a bad integer) are printed as they are.
    struct UsageError: Error {
        let message: String
        var showUsage = false
        var plain = false
    }

    static let usage = """
        Usage:
        stackc eval {<option>} <filename>
        jsonnet {<option>} <filename>   (when installed under that name)

        Available options:
          -h / --help                This message
          -e / --exec                Treat filename as code
          -J / --jpath <dir>         Specify an additional library search dir
                                     (right-most wins)
          -o / --output-file <file>  Write to the output file rather than stdout
          -c / --create-output-dirs  Automatically creates all parent directories for files
          -m / --multi <dir>         Write multiple files to the directory, list files on stdout
          -y / --yaml-stream         Write output as a YAML stream of JSON documents
          -S / --string              Expect a string, manifest as plain text
          -s / --max-stack <n>       Number of allowed stack frames (default 500)
          -t / --max-trace <n>       Max length of stack trace before cropping (default 20)
          --no-trailing-newline      Do not add a newline at the end of the output
          --version                  Print version

        Available options for specifying values of 'external' variables:
        Provide the value as a string:
          -V / --ext-str <var>[=<val>]     If <val> is omitted, get from environment var <var>
               --ext-str-file <var>=<file> Read the string from the file
        Provide a value as Jsonnet code:
          --ext-code <var>[=<code>]        If <code> is omitted, get from environment var <var>
          --ext-code-file <var>=<file>     Read the code from the file

        Available options for specifying values of 'top-level arguments':
        Provide the value as a string:
          -A / --tla-str <var>[=<val>]     If <val> is omitted, get from environment var <var>
               --tla-str-file <var>=<file> Read the string from the file
        Provide a value as Jsonnet code:
          --tla-code <var>[=<code>]        If <code> is omitted, get from environment var <var>
          --tla-code-file <var>=<file>     Read the code from the file

        Environment variables:
        JSONNET_PATH is a colon (semicolon on Windows) separated list of directories
        added in reverse order before the paths specified by --jpath (i.e. left-most
        wins). E.g. these are equivalent:
          JSONNET_PATH=a:b jsonnet -J c -J d
          JSONNET_PATH=d:c:a:b jsonnet
          jsonnet -J b -J a -J c -J d

        In all cases:
        <filename> can be - (stdin)
        Multichar options are expanded e.g. -abc becomes -a -b -c.
        The -- option suppresses option processing for subsequent arguments.
        Note that since filenames and jsonnet programs can begin with -, it is advised to
        use -- if the argument is unknown, e.g. jsonnet -- "$FILENAME".

        """

    /// Expands `-abc` into `-a -b -c` (not after `--`).
    /// Evaluation flags that take a value: the subcommands that compile stacks (build, test,
    /// lint, diff) pass these through to ``parse(_:environment:)``.
    static let flagsWithValue: Set<String> = [
        "-J", "--jpath", "-V", "--ext-str", "--ext-str-file", "--ext-code", "--ext-code-file",
        "-A", "--tla-str", "--tla-str-file", "--tla-code", "--tla-code-file", "-s", "--max-stack", "-t", "--max-trace",
    ]

    static func simplify(_ args: [String]) -> [String] {
        var out: [String] = []
        for (i, a) in args.enumerated() {
            if a == "--" {
                out.append(contentsOf: args[i...])
                break
            }
            if a.count > 2 && a.hasPrefix("-") && !a.hasPrefix("--") {
                for c in a.dropFirst() { out.append("-" + String(c)) }
            } else {
                out.append(a)
            }
        }
        return out
    }

    /// Parses the arguments after `eval`. Returns nil when the command is already done
    /// (help, version).
    static func parse(_ rawArgs: [String], environment: [String: String]) throws -> Options? {
        var o = Options()
        let args = simplify(rawArgs)
        var i = 0
        var positional: [String] = []
        func next(_ flag: String) throws -> String {
            i += 1
            guard i < args.count else { throw UsageError(message: "Expected another commandline argument.", plain: true) }
            return args[i]
        }
        func integer(_ flag: String) throws -> Int {
            let v = try next(flag)
            guard let n = Int(v) else { throw UsageError(message: "Invalid integer \"\(v)\"", plain: true) }
            return n
        }
        /// `<var>=<val>`, or `<var>` alone to read the value from the environment.
        func variable(_ flag: String) throws -> (String, String) {
            let spec = try next(flag)
            if let eq = spec.firstIndex(of: "=") {
                return (String(spec[..<eq]), String(spec[spec.index(after: eq)...]))
            }
            guard let v = environment[spec] else {
                throw UsageError(message: "environment variable \(spec) was undefined")
            }
            return (spec, v)
        }
        /// `<var>=<file>`, turned into the code `importstr @'<file>'` / `import @'<file>'`.
        func variableFile(_ flag: String, _ keyword: String) throws -> (String, ExternalValue) {
            let spec = try next(flag)
            guard let eq = spec.firstIndex(of: "=") else {
                throw UsageError(message: "argument not in form <var>=<file> \"\(spec)\"")
            }
            let file = String(spec[spec.index(after: eq)...]).replacingOccurrences(of: "'", with: "''")
            return (String(spec[..<eq]), .code("\(keyword) @'\(file)'"))
        }
        while i < args.count {
            let a = args[i]
            if a == "--" {
                positional.append(contentsOf: args[(i + 1)...])
                break
            }
            switch a {
            case "-h", "--help":
                Output.stdout(usage)
                return nil
            case "-v", "--version":
                Output.stdout("Jsonnet commandline interpreter (stackc) \(version)\n")
                return nil
            case "-e", "--exec": o.exec = true
            case "-J", "--jpath":
                let d = try next(a)
                if d.isEmpty { throw UsageError(message: "-J argument was empty string") }
                o.jpaths.append(d)
            case "-o", "--output-file":
                let f = try next(a)
                if f.isEmpty { throw UsageError(message: "-o argument was empty string") }
                o.outputFile = f
            case "-m", "--multi":
                let d = try next(a)
                if d.isEmpty { throw UsageError(message: "-m argument was empty string") }
                o.multiDir = d.hasSuffix("/") ? d : d + "/"
            case "-c", "--create-output-dirs": o.createDirs = true
            case "-y", "--yaml-stream": o.yamlStream = true
            case "-S", "--string": o.stringOutput = true
            case "--no-trailing-newline": o.trailingNewline = false
            case "-s", "--max-stack":
                let n = try integer(a)
                if n < 1 { throw UsageError(message: "invalid --max-stack value: \(n)") }
                o.settings.maxStack = n
            case "-t", "--max-trace":
                let n = try integer(a)
                if n < 0 { throw UsageError(message: "invalid --max-trace value: \(n)") }
                o.settings.maxTrace = n
            case "-V", "--ext-str":
                let (k, v) = try variable(a)
                o.settings.extVars[k] = .string(v)
            case "--ext-str-file":
                let (k, v) = try variableFile(a, "importstr")
                o.settings.extVars[k] = v
            case "--ext-code":
                let (k, v) = try variable(a)
                o.settings.extVars[k] = .code(v)
            case "--ext-code-file":
                let (k, v) = try variableFile(a, "import")
                o.settings.extVars[k] = v
            case "-A", "--tla-str":
                let (k, v) = try variable(a)
                o.settings.topLevelArgs[k] = .string(v)
            case "--tla-str-file":
                let (k, v) = try variableFile(a, "importstr")
                o.settings.topLevelArgs[k] = v
            case "--tla-code":
                let (k, v) = try variable(a)
                o.settings.topLevelArgs[k] = .code(v)
            case "--tla-code-file":
                let (k, v) = try variableFile(a, "import")
                o.settings.topLevelArgs[k] = v
            default:
                if a.hasPrefix("-") && a != "-" {
                    throw UsageError(message: "unrecognized argument: \(a)")
                }
                positional.append(a)
            }
            i += 1
        }
        let want = o.exec ? "code" : "filename"
        if positional.isEmpty { throw UsageError(message: "must give \(want)", showUsage: true) }
        if positional.count > 1 { throw UsageError(message: "only one \(want) is allowed") }
        o.input = positional[0]
        // JSONNET_PATH entries come first, in reverse, so that the left-most wins; then -J
        // flags. The resolver tries the last entry first.
        var paths: [String] = []
        if let env = environment["JSONNET_PATH"] {
            paths.append(contentsOf: env.split(separator: ":").map(String.init).reversed())
        }
        paths.append(contentsOf: o.jpaths)
        // The bundled monitoring library comes last: any -J or JSONNET_PATH entry overrides it.
        var libraries = Array(paths.reversed())
        if let bundled = StdlibLocation.find(environment: environment) { libraries.append(bundled) }
        o.settings.importResolver = ImportResolver(libraryPaths: libraries)
        return o
    }

    /// Runs `stackc eval` and returns the exit code.
    static func run(_ args: [String]) -> ExitCode {
        let options: Options
        do {
            guard let o = try parse(args, environment: ProcessInfo.processInfo.environment) else { return .ok }
            options = o
        } catch let e as UsageError {
            Output.stderr(e.plain ? e.message + "\n" : "ERROR: \(e.message)\n")
            if e.showUsage { Output.stderr("\n" + usage) }
            return .failure
        } catch {
            Output.stderr("ERROR: \(error)\n")
            return .failure
        }
        return execute(options)
    }

    private static func execute(_ o: Options) -> ExitCode {
        let input: Jsonnet.Input
        if o.exec {
            input = .snippet(code: o.input!, filename: "<cmdline>")
        } else if o.input == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            input = .snippet(code: String(decoding: data, as: UTF8.self), filename: "<stdin>")
        } else {
            // go-jsonnet reads the input before evaluating and reports a failure in its own words.
            if let problem = FileIO.inputProblem(o.input!) {
                Output.stderr(problem + "\n")
                return .failure
            }
            input = .file(o.input!)
        }
        let vm = Jsonnet(settings: o.settings)
        let mode: Jsonnet.OutputMode = o.stringOutput ? .string : .json
        let nl = o.trailingNewline ? "\n" : ""
        do throws(JsonnetError) {
            if let dir = o.multiDir {
                let files = try vm.evaluateMulti(input, mode: mode)
                return writeMulti(files, dir: dir, newline: nl, o)
            }
            if o.yamlStream {
                let docs = try vm.evaluateStream(input, mode: mode)
                var out = ""
                for d in docs { out += "---\n" + d + "\n" }
                if !docs.isEmpty { out += "...\n" }
                return emit(out, o)
            }
            let s = try vm.evaluate(input, mode: mode)
            return emit(s + nl, o)
        } catch {
            Output.stderr(error.rendered + "\n")
            return .failure
        }
    }

    /// `-m`: writes each file (in byte order of the names) and lists its path on stdout, or in
    /// the `-o` file. A file whose content is already right is left alone, so its timestamp
    /// does not change. As in go-jsonnet, a path is listed before its file is written, and the
    /// first failure stops the run.
    private static func writeMulti(_ files: [(name: String, content: String)], dir: String, newline: String, _ o: Options) -> ExitCode {
        var listing: FileIO.Sink = .stdout
        if let file = o.outputFile {
            if o.createDirs, let problem = FileIO.makeParentDirectories(of: file) { return fail(problem) }
            switch FileIO.create(file) {
            case .success(let sink): listing = sink
            case .failure(let problem): return fail(problem.message)
            }
        }
        defer { listing.close() }
        let sorted = files.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        for f in sorted {
            let path = dir + f.name
            if let problem = listing.write(path + "\n") { return fail(problem) }
            let content = Data((f.content + newline).utf8)
            switch FileIO.existingContent(path) {
            case .failure(let problem): return fail(problem.message)
            case .success(let existing) where existing == content: continue
            case .success: break
            }
            if o.createDirs, let problem = FileIO.makeParentDirectories(of: path) { return fail(problem) }
            if let problem = FileIO.writeFile(path, content) { return fail(problem) }
        }
        return .ok
    }

    private static func fail(_ message: String) -> ExitCode {
        Output.stderr(message + "\n")
        return .failure
    }

    /// Writes the whole output to stdout or to the `-o` file.
    private static func emit(_ s: String, _ o: Options) -> ExitCode {
        guard let file = o.outputFile else {
            Output.stdout(s)
            return .ok
        }
        if o.createDirs, let problem = FileIO.makeParentDirectories(of: file) { return fail(problem) }
        if let problem = FileIO.writeFile(file, Data(s.utf8)) { return fail(problem) }
        return .ok
    }
}
