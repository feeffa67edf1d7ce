import Foundation
import GRDB
import Model

/// The result of normalizing one raw record, as the store keeps it.
public struct NormalizedResult: Sendable {
    public enum Outcome: Sendable {
        case record(CatalogueRecord)
        case quarantined(field: String?, reason: String, value: String?)
    }

    public var key: RecordKey
    public var rawHash: String
    public var outcome: Outcome
    /// The linker's features of the record and their fingerprint, when normalize computed them (so that a link
    /// run never decodes the record again).
    public var linkFeatures: (fingerprint: String, data: Data)?

    public init(key: RecordKey, rawHash: String, outcome: Outcome, linkFeatures: (fingerprint: String, data: Data)? = nil) {
        self.key = key
        self.rawHash = rawHash
        self.outcome = outcome
        self.linkFeatures = linkFeatures
    }
}

extension OeuvreStore {
    /// The next batch of a source's raw records whose normalized form is missing or stale (raw record or mapping
    /// changed), after `afterID`, in id order. Records quarantined for the same raw and mapping hashes are skipped.
    public func rawRecordsToNormalize(source: SourceID, mappingHash: String, after afterID: String, limit: Int) async throws -> [StoredRawRecord] {
        try await writer.read { db in
            // A cursor: the rows' blobs (20 KB a LIDO record) are copied once, not into a row first.
            try Array(Row.fetchCursor(
                db,
                sql: """
                    SELECT r.* FROM raw_record r
                    LEFT JOIN record n ON n.source_id = r.source_id AND n.record_id = r.record_id
                    LEFT JOIN quarantine q ON q.source_id = r.source_id AND q.record_id = r.record_id AND q.stage = 'normalize'
                    WHERE r.source_id = ? AND r.deleted = 0 AND r.record_id > ?
                      AND (n.record_id IS NULL OR n.raw_hash != r.content_hash OR n.mapping_hash != ?)
                      AND NOT (q.record_id IS NOT NULL AND q.raw_hash = r.content_hash AND q.mapping_hash = ?)
                    ORDER BY r.record_id LIMIT ?
                    """,
                arguments: [source.rawValue, afterID, mappingHash, mappingHash, limit]
            ).map(Self.rawRecord(from:)))
        }
    }

    /// Stores a batch of normalization results in one transaction.
    public func saveNormalized(_ results: [NormalizedResult], mappingHash: String) async throws {
        let now = Date.oeuvreNow
        // Encoded before the write transaction, so the writer is held only for the inserts.
        let encoded: [String?] = results.map { result in
            guard case .record(let record) = result.outcome else { return nil }
            return record.jsonText
        }
        try await writer.write { db in
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO record (source_id, record_id, raw_hash, mapping_hash, json, warnings, normalized_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(source_id, record_id) DO UPDATE SET raw_hash = excluded.raw_hash, mapping_hash = excluded.mapping_hash,
                    json = excluded.json, warnings = excluded.warnings, normalized_at = excluded.normalized_at
                """)
            let leaveQuarantine = try db.cachedStatement(sql: "DELETE FROM quarantine WHERE source_id = ? AND record_id = ? AND stage = 'normalize'")
            let saveFeatures = try db.cachedStatement(sql: "INSERT OR REPLACE INTO link_feature (source_id, record_id, fingerprint, features) VALUES (?, ?, ?, ?)")
            let markPending = try db.cachedStatement(sql: "INSERT OR IGNORE INTO link_pending (source_id, record_id) VALUES (?, ?)")
            // Most batches have no record in quarantine to release: then no record needs the DELETE.
            let sources = Array(Set(results.map(\.key.source.rawValue)))
            let anyQuarantined = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM quarantine WHERE stage = 'normalize' AND source_id IN (\(databaseQuestionMarks(count: sources.count))))", arguments: StatementArguments(sources)) ?? true
            for (result, json) in zip(results, encoded) {
                let source = result.key.source.rawValue
                switch result.outcome {
                case .record(let record):
                    try upsert.execute(arguments: [source, result.key.recordID, result.rawHash, mappingHash, json, record.warnings.count, now])
                    if anyQuarantined { try leaveQuarantine.execute(arguments: [source, result.key.recordID]) }
                    if let features = result.linkFeatures {
                        try saveFeatures.execute(arguments: [source, result.key.recordID, features.fingerprint, features.data])
                    }
                    try markPending.execute(arguments: [source, result.key.recordID])
                case .quarantined(let field, let reason, let value):
                    // A record that cannot be mapped any more leaves the normalized set; its raw record stays.
                    try db.execute(sql: "DELETE FROM record WHERE source_id = ? AND record_id = ?", arguments: [source, result.key.recordID])
                    try Self.insert(QuarantineEntry(key: result.key, stage: "normalize", field: field, reason: reason, value: value, at: now), db: db)
                    try db.execute(
                        sql: "UPDATE quarantine SET raw_hash = ?, mapping_hash = ? WHERE source_id = ? AND record_id = ? AND stage = 'normalize'",
                        arguments: [result.rawHash, mappingHash, source, result.key.recordID])
                }
            }
        }
    }

    /// Removes normalized records (and normalize quarantine) whose raw record is now deleted or withdrawn.
    @discardableResult
    public func dropNormalizedOfDeleted(source: SourceID) async throws -> Int {
        try await writer.write { db in
            try db.execute(
                sql: """
                    DELETE FROM record WHERE source_id = ? AND record_id IN (SELECT record_id FROM raw_record WHERE source_id = ? AND deleted = 1)
                    """,
                arguments: [source.rawValue, source.rawValue])
            let removed = db.changesCount
            try db.execute(
                sql: "DELETE FROM quarantine WHERE stage = 'normalize' AND source_id = ? AND record_id IN (SELECT record_id FROM raw_record WHERE source_id = ? AND deleted = 1)",
                arguments: [source.rawValue, source.rawValue])
            return removed
        }
    }

    /// One normalized record.
    public func normalizedRecord(_ key: RecordKey) async throws -> CatalogueRecord? {
        let decoder = JSONCoding.decoder()
        return try await writer.read { db in
            guard let json = try String.fetchOne(db, sql: "SELECT json FROM record WHERE source_id = ? AND record_id = ?", arguments: [key.source.rawValue, key.recordID]) else { return nil }
            return try decoder.decode(CatalogueRecord.self, from: Data(json.utf8))
        }
    }

    /// Counts of a source's normalized records and warnings.
    public func normalizedCount(source: SourceID) async throws -> Int {
        try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM record WHERE source_id = ?", arguments: [source.rawValue]) ?? 0 }
    }

    /// Visits every normalized record (of one source or all) in key order, in batches, without loading them all.
    public func forEachNormalizedRecord(source: SourceID? = nil, batchSize: Int = 1000, _ body: ([CatalogueRecord]) throws -> Void) async throws {
        let decoder = JSONCoding.decoder()
        var after = ("", "")
        while true {
            let (afterSource, afterRecord) = after
            let batch: [CatalogueRecord] = try await writer.read { db in
                let rows: [Row]
                if let source {
                    rows = try Row.fetchAll(db, sql: "SELECT source_id, record_id, json FROM record WHERE source_id = ? AND record_id > ? ORDER BY record_id LIMIT ?", arguments: [source.rawValue, afterRecord, batchSize])
                } else {
                    rows = try Row.fetchAll(db, sql: "SELECT source_id, record_id, json FROM record WHERE (source_id, record_id) > (?, ?) ORDER BY source_id, record_id LIMIT ?", arguments: [afterSource, afterRecord, batchSize])
                }
                return try rows.map { try decoder.decode(CatalogueRecord.self, from: Data(($0["json"] as String).utf8)) }
            }
            guard let last = batch.last else { return }
            try body(batch)
            after = (last.key.source.rawValue, last.key.recordID)
        }
    }
}
