/// The registry an identifier belongs to.
public enum IdentifierScheme: String, Codable, Sendable, Hashable, CaseIterable {
    case wikidata, rkd, ulan, gnd, viaf, europeana, uri, oai, local
}

/// An identifier of a record, an object or an agent in some registry.
public struct Identifier: Codable, Sendable, Hashable {
    public var scheme: IdentifierScheme
    /// The canonical value: `Q5599` for Wikidata, `68737` for RKD, the full URI for `uri`.
    public var value: String
    public var origin: FieldOrigin?

    public init(scheme: IdentifierScheme, value: String, origin: FieldOrigin? = nil) {
        self.scheme = scheme
        self.value = value
        self.origin = origin
    }
}
