/// A query that cannot be read: what is wrong, and where in the query.
///
/// `description` reads `query error at column 8: …`; ``pointer`` shows the query with a caret under the problem.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to write instead.
    public var message: String
    /// Where the problem starts, in characters from the start of the query (0-based).
    public var position: Int
    /// The query as typed.
    public var query: String

    public init(message: String, position: Int, query: String) {
        self.message = message
        self.position = position
        self.query = query
    }

    public var description: String { "query error at column \(position + 1): \(message)" }

    /// Up to 60 characters of the query around the problem, and a caret under it on the next line.
    public var pointer: String {
        let characters = Array(query)
        let start = max(0, min(position - 30, characters.count - 60))
        let end = min(characters.count, start + 60)
        let excerpt = String(characters[start..<end]).map { $0.isNewline || $0 == "\t" ? " " : String($0) }.joined()
        let lead = start > 0 ? "…" : ""
        let trail = end < characters.count ? "…" : ""
        return "  \(lead)\(excerpt)\(trail)\n  \(String(repeating: " ", count: lead.count + position - start))^"
    }
}
