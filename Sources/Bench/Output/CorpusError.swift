/// A corpus that cannot be generated: a bad option or a file that cannot be written. The message says which.
public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public let message: String

    /// An error with `message` as its whole text.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
