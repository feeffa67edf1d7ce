import Foundation
import Model
import Store

/// Why two records are, or are not, linked: the same-object comparison and the typed-relation comparison with
/// every feature's contribution, and what the last link run decided.
public struct PairExplanation: Sendable, Codable {
    public var a: RecordKey
    public var b: RecordKey
    public var sameObjectScore: Double
    public var sameObjectEvidence: [LinkEvidence]
    /// True when a feature rules the pair out as one object whatever else agrees.
    public var ruledOut: Bool
    /// The typed relation the features suggest, with the derived record first; nil when none.
    public var relation: LinkRelation?
    public var relationDerived: RecordKey?
    public var relationScore: Double?
    public var relationEvidence: [LinkEvidence]
    /// The links the last run stored between the two.
    public var storedLinks: [RecordLink]
    public var workA: WorkID?
    public var workB: WorkID?

    /// Compares the two records now, with the tables given, and looks up what the store holds about them.
    public static func explain(_ a: RecordKey, _ b: RecordKey, store: OeuvreStore, tables: LinkTables) async throws -> PairExplanation {
        let records = try await store.normalizedRecords([a, b])
        guard let recordA = records.first(where: { $0.key == a }) else {
            throw LinkError(message: "\(a): no normalized record with this key; check `oeuvre status` and write records as SOURCE:RECORD-ID")
        }
        guard let recordB = records.first(where: { $0.key == b }) else {
            throw LinkError(message: "\(b): no normalized record with this key; check `oeuvre status` and write records as SOURCE:RECORD-ID")
        }
        let extractor = FeatureExtractor(tables: tables)
        var interner = StringInterner()
        let pa = interner.prepare(extractor.features(of: recordA))
        let pb = interner.prepare(extractor.features(of: recordB))
        let same = SameObjectComparator().compare(pa, pb, strings: interner.strings, explain: true)
        // Typed relations hold between works: compare the two records' works, their records' features pooled.
        let workA = try await store.work(of: a), workB = try await store.work(of: b)
        func pooled(_ work: WorkID?, _ record: CatalogueRecord) async throws -> LinkFeatures {
            guard let work, let members = try await store.work(work)?.members, members.count > 1 else { return extractor.features(of: record) }
            return LinkFeatures.pooled(try await store.normalizedRecords(members).map(extractor.features(of:)))
        }
        let wa = interner.prepare(try await pooled(workA, recordA)), wb = interner.prepare(try await pooled(workB, recordB))
        let statedByA = Self.statement(wa.features, about: wb.features)
        let statedByB = Self.statement(wb.features, about: wa.features)
        let typed = RelationClassifier().classify(wa, wb, statedByA: statedByA, statedByB: statedByB, strings: interner.strings, explain: true)
        let stored = try await store.links(of: a).filter { $0.a == b || $0.b == b }
        return PairExplanation(
            a: a, b: b, sameObjectScore: same.score, sameObjectEvidence: same.evidence, ruledOut: same.cannotLink,
            relation: typed?.relation, relationDerived: typed.map { $0.firstIsDerived ? a : b }, relationScore: typed?.score,
            relationEvidence: typed?.evidence ?? [], storedLinks: stored,
            workA: workA, workB: workB)
    }

    static func statement(_ by: LinkFeatures, about target: LinkFeatures) -> RelationStatement? {
        var keys = Set(target.identifiers)
        if let inventory = target.inventory { keys.insert("inv:" + inventory) }
        return by.statements.first { !keys.isDisjoint(with: $0.targets) }
    }
}
