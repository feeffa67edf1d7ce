/// XML that could not be read: says where (line) and why.
public struct XMLError: Error, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Base: String, Sendable { case malformed, forbiddenDTD, xpath, io }
        let base: Base
        /// Not well-formed: truncated, invalid bytes, bad nesting.
        public static let malformed = Code(base: .malformed)
        /// A DOCTYPE: refused because DTDs bring external and expanding entities.
        public static let forbiddenDTD = Code(base: .forbiddenDTD)
        public static let xpath = Code(base: .xpath)
        public static let io = Code(base: .io)
        public var description: String { base.rawValue }
    }

    public var code: Code
    public var message: String
    public var line: Int?

    public init(code: Code, message: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
    }

    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}
