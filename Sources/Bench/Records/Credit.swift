import Model

/// One agent credited in a record: the name as written, its qualifier and role in the record's language.
struct Credit {
    var artist: Artist
    /// The name form this record uses (`Rubens, Pieter Pauwel`).
    var name: String
    var qualifier: AttributionQualifier
    /// The qualifier as the record writes it (`atelier van`), nil for autograph.
    var qualifierPhrase: String?
    /// The role term (`schilder`, `Kupferstecher`).
    var role: String
    /// Authority URIs the record gives for the agent.
    var authorityURIs: [String]

    /// The credit as one free-text statement (`atelier van Peter Paul Rubens`, `Peter Paul Rubens, zugeschrieben`).
    var statement: String {
        guard let qualifierPhrase else { return name }
        if qualifierPhrase == "zugeschrieben" { return "\(name), zugeschrieben" }
        return "\(qualifierPhrase) \(artist.plainName)"
    }
}
