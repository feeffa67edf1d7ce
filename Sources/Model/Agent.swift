/// An agent credited with a work, with the role and how firm the attribution is.
public struct AgentCredit: Codable, Sendable, Hashable {
    /// The agent's preferred name (`Rubens, Peter Paul`).
    public var name: String
    /// The text as the source wrote it, when it differs (`atelier van Rubens`).
    public var display: String?
    /// The role (`painter`, `engraver`, `schilder`), nil when not given.
    public var role: String?
    public var qualifier: AttributionQualifier
    /// Authority identifiers: ULAN, RKD, Wikidata, GND, VIAF.
    public var authorityIDs: [Identifier]
    public var origin: FieldOrigin?

    public init(
        name: String, display: String? = nil, role: String? = nil, qualifier: AttributionQualifier = .autograph,
        authorityIDs: [Identifier] = [], origin: FieldOrigin? = nil
    ) {
        self.name = name
        self.display = display
        self.role = role
        self.qualifier = qualifier
        self.authorityIDs = authorityIDs
        self.origin = origin
    }
}
