import Foundation
import Model
import Store

/// Reads what a format needs of a batch of works from the store snapshot: the stored records (decoded when asked),
/// the works' relations and the records' links.
struct WorkLoader: Sendable {
    let snapshot: StoreSnapshot
    let needs: WorkNeeds

    func load(_ handles: [WorkHandle]) async throws -> [ExportWork] {
        let keys = handles.flatMap(\.members)
        let stored = try await snapshot.records(keys)
        var byKey: [RecordKey: StoredRecord] = [:]
        for record in stored { byKey[record.key] = record }
        var relations: [WorkID: [WorkRelation]] = [:]
        if needs.contains(.relations) {
            for relation in try await snapshot.relations(of: handles.filter { !$0.provisional }.map(\.id)) {
                relations[relation.a, default: []].append(relation)
                if relation.b != relation.a { relations[relation.b, default: []].append(relation) }
            }
        }
        var links: [RecordKey: [StoredLink]] = [:]
        if needs.contains(.links) {
            for link in try await snapshot.storedLinks(touching: keys) {
                links[link.a, default: []].append(link)
                if link.b != link.a { links[link.b, default: []].append(link) }
            }
        }
        var decoded: [RecordKey: CatalogueRecord] = [:]
        if needs.contains(.decoded) {
            for record in try await Self.decode(stored) { decoded[record.key] = record }
        }
        return handles.compactMap { handle in
            let records = handle.members.compactMap { key -> ExportRecord? in
                guard let stored = byKey[key] else { return nil }
                return ExportRecord(stored: stored, record: decoded[key])
            }
            // A work whose records are all gone since it was indexed or linked is left out.
            guard !records.isEmpty else { return nil }
            var seen: Set<String> = []
            let workLinks = handle.members.flatMap { links[$0] ?? [] }.filter { seen.insert("\($0.a)\u{1F}\($0.b)\u{1F}\($0.relation.rawValue)").inserted }
            return ExportWork(
                id: handle.id, provisional: handle.provisional, rank: handle.rank, records: records,
                relations: (relations[handle.id] ?? []).sorted { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) },
                links: workLinks)
        }
    }

    /// Decodes stored records on every core: decoding JSON is most of the cost of the formats that read fields.
    static func decode(_ stored: [StoredRecord]) async throws -> [CatalogueRecord] {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, stored.count / 32))
        guard parts > 1 else {
            let decoder = JSONCoding.decoder()
            return try stored.map { try decoder.decode(CatalogueRecord.self, from: $0.json) }
        }
        let size = (stored.count + parts - 1) / parts
        return try await withThrowingTaskGroup(of: (Int, [CatalogueRecord]).self) { group in
            for part in 0..<parts {
                let slice = Array(stored[min(part * size, stored.count)..<min((part + 1) * size, stored.count)])
                group.addTask {
                    let decoder = JSONCoding.decoder()
                    return (part, try slice.map { try decoder.decode(CatalogueRecord.self, from: $0.json) })
                }
            }
            var results = [[CatalogueRecord]](repeating: [], count: parts)
            for try await (part, records) in group { results[part] = records }
            return results.flatMap { $0 }
        }
    }
}
