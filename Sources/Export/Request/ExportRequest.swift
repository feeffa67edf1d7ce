/// What to export and how: the one set of arguments the command line and an HTTP API pass alike.
///
/// The works exported are the search's result set for `query` and `filters` (every work, and every record no link
/// run has put in a work yet, when both are empty), in the search's rank order.
public struct ExportRequest: Codable, Sendable, Equatable {
    /// Query text in the search's query language; empty for everything.
    public var query: String
    public var filters: ExportFilters
    public var format: ExportFormat
    public var options: ExportOptions

    public init(query: String = "", filters: ExportFilters = ExportFilters(), format: ExportFormat, options: ExportOptions = ExportOptions()) {
        self.query = query
        self.filters = filters
        self.format = format
        self.options = options
    }

    /// True when the request selects everything (no query words, no filters).
    var selectsEverything: Bool {
        query.allSatisfy { $0.isWhitespace } && filters.isEmpty
    }
}
