/// A parsed query: the tree to evaluate and the text it was read from.
///
/// Parse once with ``init(parsing:)``; the same value drives a page of results (``SearchIndex/search(_:)``) and the
/// stream of every match in rank order (``SearchIndex/matches(_:batchSize:)``).
public struct SearchQuery: Sendable, Hashable {
    /// The query as typed (or built).
    public var text: String
    /// The tree; nil matches every work.
    public var root: QueryNode?

    /// A query built in code.
    public init(root: QueryNode?, text: String = "") {
        self.root = root
        self.text = text
    }

    /// Parses the query language (see README, "Search"); throws a ``QueryError`` pointing at the problem.
    public init(parsing text: String) throws(QueryError) {
        self.text = text
        var parser = QueryParser(text)
        self.root = try parser.parse()
    }

    /// Every work.
    public static let all = SearchQuery(root: nil)

    /// This query with `node` as a further condition (AND).
    public func adding(_ node: QueryNode) -> SearchQuery {
        guard let root else { return SearchQuery(root: node, text: text) }
        if case .and(let children) = root { return SearchQuery(root: .and(children + [node]), text: text) }
        return SearchQuery(root: .and([root, node]), text: text)
    }
}
