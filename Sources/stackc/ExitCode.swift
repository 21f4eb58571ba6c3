/// The process exit codes of every subcommand, in one place.
enum ExitCode: Int32 {
    /// Success.
    case ok = 0
    /// The input failed: an evaluation error (jsonnet exits 1 for every error, and `stackc eval`
    /// is its drop-in), findings, failing tests, differences.
    case failure = 1
    /// Bad usage of the command line in subcommands that are not jsonnet drop-ins.
    case usage = 2
}
