import Model

/// What the linker knows of one record, reduced to comparable features; computed once per record version and
/// kept in the store, so re-linking never re-reads a record that did not change.
public struct LinkFeatures: Codable, Sendable, Hashable {
    public var key: RecordKey
    /// The holding institution: its id from `Mappings/link/institutions.csv`, else its folded name.
    public var institution: String?
    /// True when `institution` came from the alias table (two known, different institutions are a hard no).
    public var institutionKnown: Bool
    /// The normalized inventory number (`Gal.-Nr. 962 B` → `962B`).
    public var inventory: String?
    /// Identifiers that name the object itself in a shared registry: `wikidata:Q…`, `rkd:…`, `uri:…`, `europeana:…`.
    public var identifiers: [String]
    /// Iconographic concepts of the titles, in every language (`adoration`, `magi`).
    public var concepts: [String]
    /// The titles' other significant words, folded.
    public var words: [String]
    /// Iconclass notations.
    public var iconclass: [String]
    public var earliest: Int?
    public var latest: Int?
    public var kind: ObjectKind
    /// `canvas`, `panel`, `paper`, `copper`… when the materials say.
    public var support: String?
    /// Height and width in centimetres of the support (or the object, or the first part measured).
    public var height: Double?
    public var width: Double?
    /// Surnames of the credited agents (`rubens`), the makers first.
    public var agents: [String]
    /// For each agent, `surname|initials[/generation]` (`heem|jd`), to tell members of one family apart.
    public var agentForms: [String] = []
    /// The qualifier of the main attribution.
    public var qualifier: AttributionQualifier?
    /// The surname of the agent a derivative work is after (`after Rubens`), when credited that way.
    public var afterAgent: String?
    /// What the record says of related works, reduced: the relation it names and the target's keys.
    public var statements: [RelationStatement]

    /// Both years when known, else the one known.
    var yearSpan: ClosedRange<Int>? {
        switch (earliest, latest) {
        case let (e?, l?): return min(e, l)...max(e, l)
        case let (e?, nil): return e...e
        case let (nil, l?): return l...l
        default: return nil
        }
    }
}

/// A record's own statement that it relates to another work (LIDO related works, "Kopie nach", Linked Art
/// `influenced_by`), reduced to what the linker can resolve.
public struct RelationStatement: Codable, Sendable, Hashable {
    /// The relation named, when the words say which (`copy after` → copy_after).
    public var relation: LinkRelation?
    /// The phrase as written.
    public var phrase: String
    /// Keys the target can be found by: identifiers as in ``LinkFeatures/identifiers`` and `inv:NUMBER`.
    public var targets: [String]
}
