import Foundation
import Model

/// A curator's decision about a pair of records: this link is right (confirm) or wrong (reject).
public struct CuratorDecision: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable {
        case confirm, reject
    }

    public var verdict: Verdict
    public var a: RecordKey
    public var b: RecordKey
    public var relation: LinkRelation
    public var note: String?
    /// When the decision was taken (UTC, `yyyy-MM-dd`).
    public var date: String

    public init(verdict: Verdict, a: RecordKey, b: RecordKey, relation: LinkRelation, note: String? = nil, date: String) {
        self.verdict = verdict
        self.a = a
        self.b = b
        self.relation = relation
        self.note = note
        self.date = date
    }

    /// True when both decisions are about the same pair and relation (either order for symmetric relations).
    func concernsSamePair(as other: CuratorDecision) -> Bool {
        guard relation == other.relation else { return false }
        if a == other.a && b == other.b { return true }
        return relation.isSymmetric && a == other.b && b == other.a
    }
}
