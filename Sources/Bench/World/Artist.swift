/// A painter or printmaker of the corpus, with the name forms catalogues write.
struct Artist: Sendable {
    enum Role: String, Sendable {
        case painter, engraver
    }

    enum School: String, Sendable {
        case flemish, dutch, german
    }

    /// Index in the roster.
    let id: Int
    /// Name forms, the catalogue form first (`Rubens, Peter Paul`), then variants (`Peter Paul Rubens`, `P.P. Rubens`).
    let forms: [String]
    /// The name in running text (`Peter Paul Rubens`), for statements such as "after Peter Paul Rubens".
    let plainName: String
    /// The years the artist worked.
    let active: ClosedRange<Int>
    let role: Role
    let school: School
    /// RKDartists number, ULAN id and Wikidata Q-id, where the artist has them.
    let rkd: Int?
    let ulan: Int?
    let wikidata: String?
    /// How often the artist is drawn, relative to the others of the same role.
    let weight: Double
}
