/// What to search for and which part of the results to return: the one set of arguments the CLI, exports and an
/// HTTP API pass alike.
public struct SearchRequest: Codable, Sendable, Equatable {
    /// Query text in the query language (see README, "Search").
    public var query: String
    /// Works per page (at most ``maximumLimit``).
    public var limit: Int
    /// Works to skip.
    public var offset: Int
    /// The facets to count; empty for none.
    public var facets: [FacetName]
    /// Values per facet (decades are all returned).
    public var facetLimit: Int
    /// A language (`de`, `nl`) whose titles are preferred for display.
    public var language: String?

    /// The largest page.
    public static let maximumLimit = 1000

    public init(query: String, limit: Int = 20, offset: Int = 0, facets: [FacetName] = FacetName.allCases, facetLimit: Int = 10, language: String? = nil) {
        self.query = query
        self.limit = limit
        self.offset = offset
        self.facets = facets
        self.facetLimit = facetLimit
        self.language = language
    }
}
