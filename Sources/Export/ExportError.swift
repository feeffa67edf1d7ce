/// An export that could not be made: what failed and what to do about it.
///
/// A struct over a code that can grow, like the other stage errors.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: Hashable, Sendable { case query, filter, output, store }
        private let value: Value
        /// The query cannot be read (the message points at the problem).
        public static let query = Code(value: .query)
        /// A filter value cannot be read.
        public static let filter = Code(value: .filter)
        /// The output cannot be written.
        public static let output = Code(value: .output)
        /// The store cannot be read.
        public static let store = Code(value: .store)
        public var description: String { "\(value)" }
    }

    public var code: Code
    /// What is wrong and what to try.
    public var message: String
    /// For query errors: the query and a caret under the problem.
    public var pointer: String?

    public init(_ code: Code, _ message: String, pointer: String? = nil) {
        self.code = code
        self.message = message
        self.pointer = pointer
    }

    public var description: String { message }
}
