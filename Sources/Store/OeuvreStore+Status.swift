import Foundation
import GRDB
import Model

extension OeuvreStore {
    /// Per registered source: records stored, deleted, normalized, quarantined, and the last harvest.
    public func status() async throws -> [SourceStatus] {
        try await writer.read { db in
            let sources = try Row.fetchAll(db, sql: "SELECT id, institution FROM source ORDER BY id")
            return try sources.map { row in
                let id: String = row["id"]
                func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [id]) ?? 0 }
                let last = try Row.fetchOne(db, sql: "SELECT * FROM harvest_run WHERE source_id = ? ORDER BY id DESC LIMIT 1", arguments: [id]).map(Self.run(from:))
                let lastSuccess = try Date.fetchOne(db, sql: "SELECT finished_at FROM harvest_run WHERE source_id = ? AND status = 'succeeded' ORDER BY id DESC LIMIT 1", arguments: [id])
                return SourceStatus(
                    source: SourceID(id), institution: row["institution"],
                    rawRecords: try count("SELECT COUNT(*) FROM raw_record WHERE source_id = ? AND deleted = 0"),
                    deletedRecords: try count("SELECT COUNT(*) FROM raw_record WHERE source_id = ? AND deleted = 1"),
                    normalizedRecords: try count("SELECT COUNT(*) FROM record WHERE source_id = ?"),
                    quarantinedRecords: try count("SELECT COUNT(*) FROM quarantine WHERE source_id = ?"),
                    lastHarvest: last, lastSuccessfulHarvest: lastSuccess)
            }
        }
    }

    /// Quarantined records, for one source or all.
    public func quarantine(source: SourceID? = nil) async throws -> [QuarantineEntry] {
        try await writer.read { db in
            let rows = try source.map {
                try Row.fetchAll(db, sql: "SELECT * FROM quarantine WHERE source_id = ? ORDER BY source_id, record_id", arguments: [$0.rawValue])
            } ?? Row.fetchAll(db, sql: "SELECT * FROM quarantine ORDER BY source_id, record_id")
            return rows.map {
                QuarantineEntry(
                    key: RecordKey(source: SourceID($0["source_id"] as String), recordID: $0["record_id"]), stage: $0["stage"],
                    field: $0["field"], reason: $0["reason"], value: $0["value"], at: $0["created_at"])
            }
        }
    }
}
