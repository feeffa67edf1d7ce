/// A page of results: the works on it, how many works match in all, and the facets of all matches.
public struct SearchResults: Codable, Sendable, Equatable {
    /// The query as typed.
    public var query: String
    /// Works matching in all (not only on this page).
    public var total: Int
    public var offset: Int
    public var limit: Int
    public var works: [WorkResult]
    /// Counts over every matching work, one facet per ``FacetName`` asked for.
    public var facets: [Facet]

    public init(query: String, total: Int, offset: Int, limit: Int, works: [WorkResult], facets: [Facet]) {
        self.query = query
        self.total = total
        self.offset = offset
        self.limit = limit
        self.works = works
        self.facets = facets
    }
}
