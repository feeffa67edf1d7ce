/// A painter or printmaker of the corpus, with the name forms catalogues write.
public struct Artist: Sendable {
    public enum Role: String, Sendable {
        case painter, engraver
    }

    public enum School: String, Sendable {
        case flemish, dutch, german
    }

    /// Index in the roster.
    public let id: Int
    /// Name forms, the catalogue form first (`Rubens, Peter Paul`), then variants (`Peter Paul Rubens`, `P.P. Rubens`).
    public let forms: [String]
    /// The name in running text (`Peter Paul Rubens`), for statements such as "after Peter Paul Rubens".
    public let plainName: String
    /// The years the artist worked.
    public let active: ClosedRange<Int>
    public let role: Role
    public let school: School
    /// RKDartists number, ULAN id and Wikidata Q-id, where the artist has them.
    public let rkd: Int?
    public let ulan: Int?
    public let wikidata: String?
    /// How often the artist is drawn, relative to the others of the same role.
    public let weight: Double
}
