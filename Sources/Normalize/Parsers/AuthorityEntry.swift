import Model

/// One agent of an ``AuthorityTable``: the preferred name and the agent's identifiers in authority files.
public struct AuthorityEntry: Sendable, Equatable {
    /// The name Oeuvre shows, inverted as catalogues sort it (`Rubens, Peter Paul`).
    public var preferredName: String
    /// ULAN, RKD, Wikidata and GND identifiers, in that order, as far as known.
    public var identifiers: [Identifier]
    /// The spellings the entry is found by, besides the preferred name.
    public var variants: [String]

    /// An entry with its preferred name, identifiers and name variants.
    public init(preferredName: String, identifiers: [Identifier], variants: [String] = []) {
        self.preferredName = preferredName
        self.identifiers = identifiers
        self.variants = variants
    }
}
