/// A link between two records: the relation, a score in 0…1 and the evidence behind it.
public struct RecordLink: Codable, Sendable, Hashable {
    /// Who decided the link.
    public enum Decision: String, Codable, Sendable, Hashable {
        /// Found by the linker.
        case automatic = "auto"
        /// Confirmed by a curator (score 1).
        case confirmed
    }

    /// For directed relations the derived record (copy, study, print, version); otherwise the smaller key.
    public var a: RecordKey
    /// For directed relations the original; otherwise the larger key.
    public var b: RecordKey
    public var relation: LinkRelation
    public var score: Double
    public var evidence: [LinkEvidence]
    public var decision: Decision

    public init(a: RecordKey, b: RecordKey, relation: LinkRelation, score: Double, evidence: [LinkEvidence], decision: Decision = .automatic) {
        if relation.isSymmetric, b < a {
            self.a = b
            self.b = a
        } else {
            self.a = a
            self.b = b
        }
        self.relation = relation
        self.score = score
        self.evidence = evidence
        self.decision = decision
    }
}
