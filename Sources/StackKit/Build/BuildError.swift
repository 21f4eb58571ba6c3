/// Why a stack could not be turned into manifest files: what was expected, where (a field path
/// of the stack's value or a file system path), and what was found.
public struct BuildError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
