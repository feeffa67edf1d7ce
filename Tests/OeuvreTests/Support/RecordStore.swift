import Foundation
import Model
import Store

/// A store on a real SQLite file holding given normalized records, as harvest and normalize would leave them: each
/// record's source registered, a raw record committed in a finished harvest run, the normalized form saved.
enum RecordStore {
    static func make(_ records: [CatalogueRecord], path: String? = nil) async throws -> OeuvreStore {
        let store = try OeuvreStore(path: path ?? (try Fixtures.temporaryDirectory() + "/oeuvre.sqlite"))
        try await put(records, into: store)
        return store
    }

    /// Adds or replaces records (a re-harvest that changed them).
    static func put(_ records: [CatalogueRecord], into store: OeuvreStore) async throws {
        let bySource = Dictionary(grouping: records, by: \.key.source)
        for (source, records) in bySource.sorted(by: { $0.key < $1.key }) {
            try await store.register(SourceRegistration(id: source, institution: records.first?.institution?.name ?? source.rawValue, protocolName: "files", format: "lido", endpoint: "file:///fixtures/\(source)"))
            let run = try await store.beginRun(source: source, full: false, from: nil, until: nil)
            let encoder = JSONCoding.encoder()
            var raws: [RawRecord] = []
            var normalized: [NormalizedResult] = []
            for var record in records {
                let content = [UInt8](try encoder.encode(record))
                let raw = RawRecord(key: record.key, datestamp: nil, content: content, mediaType: "application/json")
                record.rawHash = raw.contentHash
                raws.append(raw)
                normalized.append(NormalizedResult(key: record.key, rawHash: raw.contentHash, outcome: .record(record)))
            }
            _ = try await store.commit(HarvestPage(records: raws, checkpoint: nil, bytes: 0), to: run.id)
            _ = try await store.finishRun(run.id, status: .succeeded)
            try await store.saveNormalized(normalized, mappingHash: "test-mapping")
        }
    }

    /// A golden normalized record of a real fixture (Tests/Fixtures/golden), under a key of the test's choosing.
    static func golden(_ name: String, as key: RecordKey) throws -> CatalogueRecord {
        let data = try Data(contentsOf: Fixtures.url("golden/\(name).json"))
        var record = try JSONCoding.decoder().decode(CatalogueRecord.self, from: data)
        record.key = key
        return record
    }
}
