/// Writes `truth.csv`: every pair of records of the same object (`same_object`), and one row per typed relation
/// between the representative records of two related objects. Header:
/// `source_a,record_a,source_b,record_b,relation,score`.
final class TruthWriter {
    /// A record by its source id and record id, as the harvest stores it.
    typealias Key = (source: String, record: String)

    static let header = "source_a,record_a,source_b,record_b,relation,score\n"

    private let sink: ByteSink
    /// Rows written per relation (`same_object`, `copy_after`, …).
    private(set) var counts: [String: Int] = [:]

    init(path: String) throws {
        sink = try ByteSink(path: path)
        sink.write(Self.header)
    }

    /// One row per pair of `records` (all of one object), each pair ordered by source id, then record id.
    func sameObject(_ records: [Key]) {
        guard records.count > 1 else { return }
        let sorted = records.sorted { ($0.source, $0.record) < ($1.source, $1.record) }
        for i in 0..<(sorted.count - 1) {
            for j in (i + 1)..<sorted.count { row(sorted[i], sorted[j], "same_object") }
        }
    }

    /// A typed relation from `a` (the copy, study, print or replica; either pendant) to `b` (the original).
    func relation(_ a: Key, _ b: Key, _ relation: ArtworkRelation) {
        row(a, b, relation.rawValue)
    }

    private func row(_ a: Key, _ b: Key, _ relation: String) {
        let c = Escape.csv
        sink.write("\(c(a.source)),\(c(a.record)),\(c(b.source)),\(c(b.record)),\(relation),1\n")
        counts[relation, default: 0] += 1
    }

    func close() throws {
        try sink.close()
    }
}
