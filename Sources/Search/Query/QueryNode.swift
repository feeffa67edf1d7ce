import Model

/// One node of a parsed query: words and phrases, filters, and the boolean operators that combine them.
///
/// Callers that build queries in code (an export with fixed filters, an HTTP API with form fields) compose nodes
/// instead of writing query text: `.and([parsed.root, .filter(.source("kmska"))])`.
public indirect enum QueryNode: Sendable, Hashable {
    /// Words or a phrase to find, in every text field or in one.
    case text(TextMatch)
    /// A condition on a work that is not free text.
    case filter(QueryFilter)
    case and([QueryNode])
    case or([QueryNode])
    case not(QueryNode)
}

/// The text fields a word or phrase can be limited to (`title:`, `creator:`…).
public enum TextField: String, Sendable, Hashable, CaseIterable {
    case title
    /// Agent names and attributions as written (`creator:`).
    case creator
    /// Subjects: labels and Iconclass notations.
    case subject
    case description
    case institution
}

/// Words to find: one word, several words that must stand together (a phrase), or a prefix.
public struct TextMatch: Sendable, Hashable {
    /// The folded tokens (case and diacritics removed), in order; never empty.
    public var tokens: [String]
    /// True when the last token is a prefix (`Anbet*`).
    public var prefix: Bool
    /// True for a quoted phrase: matched as written, without expansion across languages.
    public var exact: Bool
    /// The field the match is limited to; nil for every text field.
    public var field: TextField?

    public init(tokens: [String], prefix: Bool = false, exact: Bool = false, field: TextField? = nil) {
        self.tokens = tokens
        self.prefix = prefix
        self.exact = exact
        self.field = field
    }
}

/// A condition that is not free text.
public enum QueryFilter: Sendable, Hashable {
    /// An agent credited with the qualifier (`qualifier:workshop`).
    case qualifier(AttributionQualifier)
    /// A record from the source (`source:kmska`).
    case source(String)
    /// An object type label, as the type vocabulary maps it (`type:Gemälde` → `painting`).
    case type(String)
    /// At least one record has an image.
    case hasImage
    /// The work's date span overlaps these years (either end open).
    case date(from: Int?, to: Int?)
    /// The work's id, a member record's key (`kmska:257`) or an identifier of a member (`Q12345`).
    case id(String)
    /// An institution by its id in `Mappings/link/institutions.csv` (`kmska`): what `institution:` words expand to,
    /// so that any of an institution's names finds its records however they write it.
    case institution(String)
}
