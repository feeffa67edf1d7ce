/// Conditions added to an export's query, as the search's filter fields write them: each list is one field, its
/// values are alternatives (OR), and the fields all hold (AND). `sources: ["kmska", "skd"], types: ["painting"]`
/// reads `source:(kmska OR skd) type:painting`.
public struct ExportFilters: Codable, Sendable, Equatable {
    /// `source:` — source ids.
    public var sources: [String]
    /// `institution:` — words of the holding institution's name.
    public var institutions: [String]
    /// `creator:` — agent names and attributions.
    public var creators: [String]
    /// `type:` — object types, in any language of the type vocabulary.
    public var types: [String]
    /// `qualifier:` — attribution qualifiers (`workshop`, `after`, `autograph`…).
    public var qualifiers: [String]
    /// `date:` — years or ranges of years (`1615`, `1610..1620`, `1630..`).
    public var dates: [String]
    /// `has:image` — only works with an image.
    public var hasImage: Bool

    public init(
        sources: [String] = [], institutions: [String] = [], creators: [String] = [], types: [String] = [], qualifiers: [String] = [],
        dates: [String] = [], hasImage: Bool = false
    ) {
        self.sources = sources
        self.institutions = institutions
        self.creators = creators
        self.types = types
        self.qualifiers = qualifiers
        self.dates = dates
        self.hasImage = hasImage
    }

    /// True when no filter is set.
    public var isEmpty: Bool {
        sources.isEmpty && institutions.isEmpty && creators.isEmpty && types.isEmpty && qualifiers.isEmpty && dates.isEmpty && !hasImage
    }

    /// The filters as query-language fields, one (field, values) pair per field that is set.
    var fields: [(field: String, values: [String])] {
        var result: [(String, [String])] = []
        for (field, values) in [("source", sources), ("institution", institutions), ("creator", creators), ("type", types), ("qualifier", qualifiers), ("date", dates)]
        where !values.isEmpty {
            result.append((field, values))
        }
        if hasImage { result.append(("has", ["image"])) }
        return result
    }
}
