import Foundation

/// The `stackc` command: dispatches to a subcommand. Invoked as `jsonnet`, it is `stackc eval`.
let arguments = Array(CommandLine.arguments.dropFirst())
let invokedAs = URL(fileURLWithPath: CommandLine.arguments.first ?? "stackc").lastPathComponent

let topUsage = """
    Usage: stackc <command> [options]

    Commands:
      eval      Evaluate Jsonnet like the `jsonnet` command (stackc eval --help)
      build     Compile a stack to a directory of YAML manifests (stackc build --help)
      test      Run promtool-style rule unit tests (stackc test --help)
      lint      Find wiring mistakes in a stack's manifests (stackc lint --help)
      diff      Show what a change does to the generated manifests (stackc diff --help)
      version   Print the version

    """

func dispatch() -> ExitCode {
    if invokedAs == "jsonnet" { return EvalCommand.run(arguments) }
    guard let command = arguments.first else {
        Output.stderr(topUsage)
        return .usage
    }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "eval":
        return EvalCommand.run(rest)
    case "build":
        return BuildCommand.run(rest)
    case "test":
        return TestCommand.run(rest)
    case "lint":
        return LintCommand.run(rest)
    case "diff":
        return DiffCommand.run(rest)
    case "version", "--version", "-v":
        Output.stdout("stackc \(EvalCommand.version)\n")
        return .ok
    case "help", "--help", "-h":
        Output.stdout(topUsage)
        return .ok
    default:
        Output.stderr("stackc: unknown command '\(command)'\n\n" + topUsage)
        return .usage
    }
}

exit(dispatch().rawValue)
