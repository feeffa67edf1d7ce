import Foundation
import GRDB
import Model

extension OeuvreStore {
    /// Starts a run, or hands back the unfinished run of this source so it resumes from its checkpoint.
    public func beginRun(source: SourceID, full: Bool, from: String?, until: String?) async throws -> HarvestRun {
        try await writer.write { db in
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM harvest_run WHERE source_id = ? AND status = 'running' ORDER BY id DESC LIMIT 1", arguments: [source.rawValue]) {
                return Self.run(from: row)
            }
            try db.execute(
                sql: "INSERT INTO harvest_run (source_id, status, full, started_at, from_date, until_date) VALUES (?, 'running', ?, ?, ?, ?)",
                arguments: [source.rawValue, full, Date.oeuvreNow, from, until])
            let id = db.lastInsertedRowID
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM harvest_run WHERE id = ?", arguments: [id]) else {
                throw StoreError(message: "the new harvest run \(id) vanished")
            }
            return Self.run(from: row)
        }
    }

    /// Writes a page's records and its checkpoint in one transaction. Unchanged records are not rewritten.
    @discardableResult
    public func commit(_ page: HarvestPage, to run: HarvestRunID) async throws -> HarvestCounts {
        var page = page
        page.records = page.records.map { $0.hashed() }
        return try await writer.write { [page] db in
            var counts = HarvestCounts()
            counts.pages = 1
            counts.bytes = page.bytes
            let now = Date.oeuvreNow
            // The stored state of the page's records, in one query.
            var stored: [String: (hash: String, deleted: Bool, withdrawn: Bool)] = [:]
            if let source = page.records.first?.key.source.rawValue {
                let ids = page.records.map(\.key.recordID)
                for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                    let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                    let rows = try Row.fetchCursor(
                        db, sql: "SELECT record_id, content_hash, deleted, withdrawn FROM raw_record WHERE source_id = ? AND record_id IN (\(marks))",
                        arguments: StatementArguments([source] + chunk))
                    while let row = try rows.next() { stored[row["record_id"]] = (row["content_hash"], row["deleted"], row["withdrawn"]) }
                }
            }
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO raw_record (source_id, record_id, datestamp, deleted, withdrawn, content, content_hash, media_type, url, harvest_run_id, fetched_at, changed_at)
                VALUES (?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(source_id, record_id) DO UPDATE SET datestamp = excluded.datestamp, deleted = 0, withdrawn = 0,
                    content = excluded.content, content_hash = excluded.content_hash, media_type = excluded.media_type,
                    url = excluded.url, harvest_run_id = excluded.harvest_run_id, fetched_at = excluded.fetched_at,
                    changed_at = excluded.changed_at
                """)
            let leaveQuarantine = try db.cachedStatement(sql: "DELETE FROM quarantine WHERE source_id = ? AND record_id = ? AND stage = 'harvest'")
            let sourceHasQuarantine = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM quarantine WHERE source_id = ? AND stage = 'harvest')",
                arguments: [page.records.first?.key.source.rawValue ?? ""]) ?? false
            for record in page.records {
                let existing = stored[record.key.recordID]
                if let existing, existing.hash == record.contentHash, !existing.withdrawn {
                    counts.unchanged += 1
                    continue
                }
                if record.deleted {
                    guard let existing, !existing.deleted else {
                        counts.unchanged += 1
                        continue
                    }
                    try db.execute(
                        sql: "UPDATE raw_record SET deleted = 1, content_hash = 'deleted', datestamp = ?, harvest_run_id = ?, fetched_at = ?, changed_at = ? WHERE source_id = ? AND record_id = ?",
                        arguments: [record.datestamp, run.rawValue, now, now, record.key.source.rawValue, record.key.recordID])
                    counts.deleted += 1
                    continue
                }
                if existing == nil { counts.added += 1 } else { counts.changed += 1 }
                try upsert.execute(
                    arguments: [
                        record.key.source.rawValue, record.key.recordID, record.datestamp, Data(record.content), record.contentHash,
                        record.mediaType, record.url, run.rawValue, now, now,
                    ])
                // A record that arrives well-formed again leaves the harvest quarantine.
                if sourceHasQuarantine { try leaveQuarantine.execute(arguments: [record.key.source.rawValue, record.key.recordID]) }
            }
            for entry in page.quarantined {
                try Self.insert(entry, db: db)
                counts.quarantined += 1
            }
            try db.execute(
                sql: """
                    UPDATE harvest_run SET checkpoint = ?, pages = pages + 1, added = added + ?, changed = changed + ?, unchanged = unchanged + ?,
                        deleted = deleted + ?, quarantined = quarantined + ?, bytes = bytes + ? WHERE id = ?
                    """,
                arguments: [page.checkpoint, counts.added, counts.changed, counts.unchanged, counts.deleted, counts.quarantined, counts.bytes, run.rawValue])
            return counts
        }
    }

    /// Marks the stored, not deleted records of a source that are not in `present` as withdrawn (gone from the source).
    public func withdrawMissing(source: SourceID, present: Set<String>, run: HarvestRunID) async throws -> Int {
        try await writer.write { db in
            let ids = try String.fetchAll(db, sql: "SELECT record_id FROM raw_record WHERE source_id = ? AND deleted = 0 AND withdrawn = 0", arguments: [source.rawValue])
            let now = Date.oeuvreNow
            var count = 0
            for id in ids where !present.contains(id) {
                try db.execute(
                    sql: "UPDATE raw_record SET withdrawn = 1, deleted = 1, harvest_run_id = ?, changed_at = ? WHERE source_id = ? AND record_id = ?",
                    arguments: [run.rawValue, now, source.rawValue, id])
                count += 1
            }
            try db.execute(sql: "UPDATE harvest_run SET deleted = deleted + ? WHERE id = ?", arguments: [count, run.rawValue])
            return count
        }
    }

    /// Ends a run; `message` says why when it failed.
    public func finishRun(_ run: HarvestRunID, status: HarvestRun.Status, message: String? = nil) async throws -> HarvestRun {
        try await writer.write { db in
            try db.execute(
                sql: "UPDATE harvest_run SET status = ?, finished_at = ?, message = ? WHERE id = ?",
                arguments: [status.rawValue, Date.oeuvreNow, message, run.rawValue])
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM harvest_run WHERE id = ?", arguments: [run.rawValue]) else {
                throw StoreError(message: "harvest run \(run) not found")
            }
            return Self.run(from: row)
        }
    }

    /// Records the server's clock at the start of a run, once.
    public func setUpperBound(_ run: HarvestRunID, to value: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE harvest_run SET upper_bound = ? WHERE id = ? AND upper_bound IS NULL", arguments: [value, run.rawValue])
        }
    }

    /// Resets the checkpoint of a running run (after a badResumptionToken the list restarts).
    public func resetCheckpoint(_ run: HarvestRunID, to checkpoint: String?) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE harvest_run SET checkpoint = ? WHERE id = ?", arguments: [checkpoint, run.rawValue])
        }
    }

    /// The last run of a source that succeeded.
    public func lastSuccessfulRun(source: SourceID) async throws -> HarvestRun? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM harvest_run WHERE source_id = ? AND status = 'succeeded' ORDER BY id DESC LIMIT 1", arguments: [source.rawValue])
                .map(Self.run(from:))
        }
    }

    /// All runs of a source, oldest first.
    public func runs(source: SourceID) async throws -> [HarvestRun] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM harvest_run WHERE source_id = ? ORDER BY id", arguments: [source.rawValue]).map(Self.run(from:))
        }
    }

    /// One raw record by key.
    public func rawRecord(_ key: RecordKey) async throws -> StoredRawRecord? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM raw_record WHERE source_id = ? AND record_id = ?", arguments: [key.source.rawValue, key.recordID])
                .map(Self.rawRecord(from:))
        }
    }

    /// The ids and content hashes of a source's raw records (deleted ones included).
    public func rawRecordHashes(source: SourceID) async throws -> [String: String] {
        try await writer.read { db in
            var result: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT record_id, content_hash FROM raw_record WHERE source_id = ?", arguments: [source.rawValue])
            while let row = try rows.next() { result[row["record_id"]] = row["content_hash"] }
            return result
        }
    }

    static func insert(_ entry: QuarantineEntry, db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO quarantine (source_id, record_id, stage, field, reason, value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(source_id, record_id, stage) DO UPDATE SET field = excluded.field, reason = excluded.reason,
                    value = excluded.value, created_at = excluded.created_at
                """,
            arguments: [entry.key.source.rawValue, entry.key.recordID, entry.stage, entry.field, entry.reason, entry.value, entry.at])
    }

    static func run(from row: Row) -> HarvestRun {
        var counts = HarvestCounts()
        counts.pages = row["pages"]
        counts.added = row["added"]
        counts.changed = row["changed"]
        counts.unchanged = row["unchanged"]
        counts.deleted = row["deleted"]
        counts.quarantined = row["quarantined"]
        counts.bytes = row["bytes"]
        return HarvestRun(
            id: HarvestRunID(rawValue: row["id"]), source: SourceID(row["source_id"] as String),
            status: HarvestRun.Status(rawValue: row["status"]) ?? .failed, full: row["full"], startedAt: row["started_at"],
            finishedAt: row["finished_at"], from: row["from_date"], until: row["until_date"], checkpoint: row["checkpoint"], upperBound: row["upper_bound"],
            counts: counts, message: row["message"])
    }

    static func rawRecord(from row: Row) -> StoredRawRecord {
        // Read in place: a fetched row (or a cursor's) holds the blob already; one copy makes the bytes.
        let content = (try? row.withUnsafeData(named: "content") { data in data.map { [UInt8]($0) } ?? [] }) ?? []
        let record = RawRecord(
            key: RecordKey(source: SourceID(row["source_id"] as String), recordID: row["record_id"]), datestamp: row["datestamp"],
            deleted: row["deleted"], content: content, mediaType: row["media_type"], url: row["url"], contentHash: row["content_hash"])
        return StoredRawRecord(record: record, fetchedAt: row["fetched_at"], withdrawn: row["withdrawn"])
    }
}
