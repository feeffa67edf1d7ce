import Model

/// One row of a links file (`source_a,record_a,source_b,record_b,relation,score`): the format of
/// `oeuvre export --format links-csv` and of gold files for `oeuvre evaluate`.
public struct LinkRow: Sendable, Codable, Hashable, Comparable {
    public var a: RecordKey
    public var b: RecordKey
    public var relation: LinkRelation
    public var score: Double?

    public init(a: RecordKey, b: RecordKey, relation: LinkRelation, score: Double? = nil) {
        if relation.isSymmetric, b < a {
            self.a = b
            self.b = a
        } else {
            self.a = a
            self.b = b
        }
        self.relation = relation
        self.score = score
    }

    public static let header = ["source_a", "record_a", "source_b", "record_b", "relation", "score"]

    public static func < (x: LinkRow, y: LinkRow) -> Bool {
        (x.a, x.b, x.relation) < (y.a, y.b, y.relation)
    }
}
