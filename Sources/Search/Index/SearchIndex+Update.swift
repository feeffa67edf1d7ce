import Foundation
import GRDB
import Logging
import Model
import Store

extension SearchIndex {
    /// Works loaded, built and written together, in one write transaction.
    static let batchSize = 250

    /// Brings the index up to date with the store: indexes new works and works whose member records, their
    /// fingerprints (raw and mapping hash) or their relations changed, and removes works that are gone. Records that
    /// no link run has put in a work are indexed as provisional one-record works (`r:SOURCE:RECORD`).
    ///
    /// Writes in batches of ``batchSize`` works, one transaction each; searches see the old or the new entry of a
    /// work, never a mix. Safe to run while harvests and normalizations write.
    @discardableResult
    public func update() async throws -> IndexUpdate {
        try await run(rebuild: false)
    }

    /// Indexes every work again (after a change of the index format, or to repair), replacing entries in place so
    /// searches keep working meanwhile.
    @discardableResult
    public func rebuild() async throws -> IndexUpdate {
        try await run(rebuild: true)
    }

    private func run(rebuild: Bool) async throws -> IndexUpdate {
        let started = ContinuousClock.now
        try await database.write { db in
            let format = try String.fetchOne(db, sql: "SELECT value FROM search_state WHERE key = 'format'")
            if rebuild || format != Self.format {
                try db.execute(sql: "UPDATE search_work SET fingerprint = 0")
                try db.execute(sql: "INSERT OR REPLACE INTO search_state (key, value) VALUES ('format', ?)", arguments: [Self.format])
            }
        }
        let plan = try await database.read { db in try Self.plan(db) }
        logger.info("index update planned", metadata: ["works.changed": "\(plan.changed.count)", "works.removed": "\(plan.removed.count)", "works.unchanged": "\(plan.unchanged)"])

        let batches = stride(from: 0, to: plan.changed.count, by: Self.batchSize).map { Array(plan.changed[$0..<min($0 + Self.batchSize, plan.changed.count)]) }
        let facetIDs = FacetValueIDs()
        var indexed = 0
        var removed = 0
        var next: Task<BuiltBatch, any Error>? = batches.first.map { batch in Task { try await self.build(batch) } }
        for position in batches.indices {
            guard let current = next else { break }
            let built = try await current.value
            // The next batch is read and built while this one is written.
            next = position + 1 < batches.count ? Task { [batch = batches[position + 1]] in try await self.build(batch) } : nil
            try await database.write { db in
                try Self.write(built, facetIDs: facetIDs, db: db)
            }
            indexed += built.documents.count
            removed += built.gone.count
            if position % 40 == 39 {
                logger.info("indexing", metadata: ["works.indexed": "\(indexed)", "works.total": "\(plan.changed.count)"])
            }
        }
        for start in stride(from: 0, to: plan.removed.count, by: 1000) {
            let slice = Array(plan.removed[start..<min(start + 1000, plan.removed.count)])
            try await database.write { db in
                for id in slice { try Self.delete(rowID: id, db: db) }
                try Self.bumpGeneration(db)
            }
            removed += slice.count
        }
        let works = try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM search_work") ?? 0 }
        if indexed + removed > 0, rebuild || indexed + removed >= max(Self.batchSize, works / 10) {
            // A large update leaves the full-text index in many segments, each of which every word's look-up visits:
            // merging them into one (seconds for a million records) makes searches markedly faster.
            try await database.write { db in try db.execute(sql: "INSERT INTO search_text (search_text) VALUES ('optimize')") }
            logger.info("full-text index merged into one segment")
        }
        let seconds = Double((ContinuousClock.now - started).components.attoseconds) / 1e18 + Double((ContinuousClock.now - started).components.seconds)
        return IndexUpdate(indexed: indexed, removed: removed, unchanged: plan.unchanged, works: works, seconds: seconds)
    }

    // MARK: - Planning

    struct Plan {
        /// Work ids to (re)index, in id order.
        var changed: [String]
        /// Row ids of works to remove.
        var removed: [Int64]
        var unchanged: Int
    }

    /// Compares the fingerprint each work would have now with the stored one, in one pass over the records.
    static func plan(_ db: Database) throws -> Plan {
        var stored: [String: (id: Int64, fingerprint: Int64)] = [:]
        let storedRows = try Row.fetchCursor(db, sql: "SELECT id, work_id, fingerprint FROM search_work")
        while let row = try storedRows.next() { stored[row[1]] = (row[0], row[2]) }
        let relations = try relationLines(db, of: nil)

        var changed: [String] = []
        var unchanged = 0
        var currentID: String?
        var fingerprint = Fingerprint()
        func finish() {
            guard let currentID else { return }
            for line in relations[currentID] ?? [] { fingerprint.add(line) }
            if let entry = stored.removeValue(forKey: currentID), entry.fingerprint == fingerprint.signed {
                unchanged += 1
            } else {
                changed.append(currentID)
            }
        }
        // Works in id order with their members in key order (the work_member_work index holds both), then the
        // records in no work, in key order: no sort, and the hashes come from the record_fingerprint index, so the
        // records' JSON is not read.
        let members = try Row.fetchCursor(db, sql: """
            SELECT m.work_id, r.source_id, r.record_id, r.raw_hash, r.mapping_hash
            FROM work_member m JOIN record r INDEXED BY record_fingerprint ON r.source_id = m.source_id AND r.record_id = m.record_id
            ORDER BY m.work_id, m.source_id, m.record_id
            """)
        while let row = try members.next() {
            let id: String = row[0]
            if id != currentID {
                finish()
                currentID = id
                fingerprint = start(id)
            }
            add(member: row[1], row[2], row[3], row[4], to: &fingerprint)
        }
        finish()
        currentID = nil
        let single = try Row.fetchCursor(db, sql: """
            SELECT r.source_id, r.record_id, r.raw_hash, r.mapping_hash FROM record r
            WHERE NOT EXISTS (SELECT 1 FROM work_member m WHERE m.source_id = r.source_id AND m.record_id = r.record_id)
            ORDER BY r.source_id, r.record_id
            """)
        while let row = try single.next() {
            let source: String = row[0]
            let record: String = row[1]
            finish()
            currentID = "r:" + source + ":" + record
            fingerprint = start(currentID ?? "")
            add(member: source, record, row[2], row[3], to: &fingerprint)
        }
        finish()
        return Plan(changed: changed, removed: stored.values.map(\.id).sorted(), unchanged: unchanged)
    }

    private static func start(_ workID: String) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.add(format)
        fingerprint.add(workID)
        return fingerprint
    }

    private static func add(member source: String, _ record: String, _ rawHash: String, _ mappingHash: String, to fingerprint: inout Fingerprint) {
        fingerprint.add(source)
        fingerprint.add(record)
        fingerprint.add(rawHash)
        fingerprint.add(mappingHash)
    }

    /// The relations of works (all, or those of `ids`) as sorted lines per work, for fingerprints.
    static func relationLines(_ db: Database, of ids: [String]?) throws -> [String: [String]] {
        var lines: [String: [String]] = [:]
        if let ids, ids.isEmpty { return [:] }
        let rows: RowCursor
        if let ids {
            let marks = databaseQuestionMarks(count: ids.count)
            rows = try Row.fetchCursor(
                db, sql: "SELECT work_a, work_b, relation, score FROM work_relation WHERE work_a IN (\(marks)) UNION SELECT work_a, work_b, relation, score FROM work_relation WHERE work_b IN (\(marks))",
                arguments: StatementArguments(ids + ids))
        } else {
            rows = try Row.fetchCursor(db, sql: "SELECT work_a, work_b, relation, score FROM work_relation")
        }
        while let row = try rows.next() {
            let a: String = row[0]
            let b: String = row[1]
            let line = "\(a)\u{1}\(b)\u{1}\(row[2] as String)\u{1}\(row[3] as Double)"
            lines[a, default: []].append(line)
            if b != a { lines[b, default: []].append(line) }
        }
        for key in lines.keys { lines[key]?.sort() }
        return lines
    }

    // MARK: - Building

    struct BuiltBatch: Sendable {
        var documents: [WorkDocument]
        /// Work ids of the batch that have no records any more.
        var gone: [String]
    }

    private struct LoadedWork: Sendable {
        var id: String
        var provisional: Bool
        var fingerprint: Int64
        var json: [String]
    }

    /// Reads a batch of works' records from one snapshot and builds their documents on all cores.
    private func build(_ ids: [String]) async throws -> BuiltBatch {
        let loaded: [LoadedWork] = try await database.read { db in
            let relations = try Self.relationLines(db, of: ids.filter { !$0.hasPrefix("r:") })
            var members: [String: [Row]] = [:]
            let real = ids.filter { !$0.hasPrefix("r:") }
            if !real.isEmpty {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT m.work_id, r.source_id, r.record_id, r.raw_hash, r.mapping_hash, r.json
                    FROM work_member m JOIN record r ON r.source_id = m.source_id AND r.record_id = m.record_id
                    WHERE m.work_id IN (\(databaseQuestionMarks(count: real.count)))
                    ORDER BY m.work_id, r.source_id, r.record_id
                    """, arguments: StatementArguments(real))
                while let row = try rows.next() { members[row[0], default: []].append(row.copy()) }
            }
            let single = try db.cachedStatement(sql: """
                SELECT NULL, r.source_id, r.record_id, r.raw_hash, r.mapping_hash, r.json FROM record r
                WHERE r.source_id = ? AND r.record_id = ?
                  AND NOT EXISTS (SELECT 1 FROM work_member m WHERE m.source_id = r.source_id AND m.record_id = r.record_id)
                """)
            for id in ids where id.hasPrefix("r:") {
                guard let key = RecordKey(parsing: String(id.dropFirst(2))) else { continue }
                if let row = try Row.fetchOne(single, arguments: [key.source.rawValue, key.recordID]) { members[id] = [row] }
            }
            return ids.map { id in
                let rows = members[id] ?? []
                var fingerprint = Self.start(id)
                for row in rows { Self.add(member: row[1], row[2], row[3], row[4], to: &fingerprint) }
                for line in relations[id] ?? [] { fingerprint.add(line) }
                return LoadedWork(id: id, provisional: id.hasPrefix("r:"), fingerprint: fingerprint.signed, json: rows.map { $0[5] })
            }
        }
        let gone = loaded.filter(\.json.isEmpty).map(\.id)
        let present = loaded.filter { !$0.json.isEmpty }
        let institutions = self.institutions
        let half = (present.count + 1) / 2
        let parts = [Array(present.prefix(half)), Array(present.dropFirst(half))]
        let documents = try await withThrowingTaskGroup(of: (Int, [WorkDocument]).self) { group in
            for (index, part) in parts.enumerated() {
                group.addTask {
                    let decoder = JSONCoding.decoder()
                    let documents = try part.map { work in
                        let records = try work.json.map { try decoder.decode(IndexedRecord.self, from: Data($0.utf8)) }
                        return WorkDocument(workID: WorkID(work.id), provisional: work.provisional, fingerprint: work.fingerprint, records: records, institutions: institutions)
                    }
                    return (index, documents)
                }
            }
            var results: [[WorkDocument]] = [[], []]
            for try await (index, documents) in group { results[index] = documents }
            return results[0] + results[1]
        }
        return BuiltBatch(documents: documents, gone: gone)
    }

    // MARK: - Writing

    /// Facet value ids, read once per update and extended as new values appear.
    final class FacetValueIDs: @unchecked Sendable {
        var ids: [String: Int64]?

        func id(_ name: FacetName, _ value: String, db: Database) throws -> Int64 {
            if ids == nil {
                var loaded: [String: Int64] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, facet, value FROM search_facet_value") {
                    loaded[(row[1] as String) + "\u{0}" + (row[2] as String)] = row[0]
                }
                ids = loaded
            }
            let key = name.rawValue + "\u{0}" + value
            if let id = ids?[key] { return id }
            try db.execute(sql: "INSERT OR IGNORE INTO search_facet_value (facet, value) VALUES (?, ?)", arguments: [name.rawValue, value])
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM search_facet_value WHERE facet = ? AND value = ?", arguments: [name.rawValue, value]) ?? 0
            ids?[key] = id
            return id
        }
    }

    private static func write(_ batch: BuiltBatch, facetIDs: FacetValueIDs, db: Database) throws {
        let find = try db.cachedStatement(sql: "SELECT id FROM search_work WHERE work_id = ?")
        let update = try db.cachedStatement(sql: """
            UPDATE search_work SET provisional = ?, fingerprint = ?, record_count = ?, source_count = ?, earliest = ?, latest = ?,
                has_image = ?, title = ?, facets = ?, summary = ? WHERE id = ?
            """)
        let insert = try db.cachedStatement(sql: """
            INSERT INTO search_work (work_id, provisional, fingerprint, record_count, source_count, earliest, latest, has_image, title, facets, summary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let deleteText = try db.cachedStatement(sql: "DELETE FROM search_text WHERE rowid = ?")
        let deleteKeys = try db.cachedStatement(sql: "DELETE FROM search_key WHERE work = ?")
        let insertText = try db.cachedStatement(sql: "INSERT INTO search_text (rowid, title, agent, subject, description, other, institution, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        let insertKey = try db.cachedStatement(sql: "INSERT OR IGNORE INTO search_key (key, work) VALUES (?, ?)")
        for document in batch.documents {
            var facets = Data()
            for (name, value) in document.facets {
                var id = UInt32(truncatingIfNeeded: try facetIDs.id(name, value, db: db)).littleEndian
                withUnsafeBytes(of: &id) { facets.append(contentsOf: $0) }
            }
            let summary = SummaryCoding.encode(document.summary)
            let title = document.summary.title(language: nil)
            let values: [any DatabaseValueConvertible & Sendable] = [
                document.provisional, document.fingerprint, document.recordCount, document.sourceCount,
            ]
            let rowID: Int64
            if let existing = try Int64.fetchOne(find, arguments: [document.workID.rawValue]) {
                try deleteText.execute(arguments: [existing])
                try deleteKeys.execute(arguments: [existing])
                try update.execute(arguments: StatementArguments(values) + [document.earliest, document.latest, document.hasImage, title, facets, summary, existing])
                rowID = existing
            } else {
                try insert.execute(arguments: [document.workID.rawValue] + StatementArguments(values) + [document.earliest, document.latest, document.hasImage, title, facets, summary])
                rowID = db.lastInsertedRowID
            }
            try insertText.execute(arguments: [rowID] + StatementArguments(document.columns))
            for key in document.keys { try insertKey.execute(arguments: [key, rowID]) }
        }
        for id in batch.gone {
            if let existing = try Int64.fetchOne(find, arguments: [id]) { try delete(rowID: existing, db: db) }
        }
        try bumpGeneration(db)
    }

    private static func delete(rowID: Int64, db: Database) throws {
        try db.execute(sql: "DELETE FROM search_text WHERE rowid = ?", arguments: [rowID])
        try db.execute(sql: "DELETE FROM search_key WHERE work = ?", arguments: [rowID])
        try db.execute(sql: "DELETE FROM search_work WHERE id = ?", arguments: [rowID])
    }

    private static func bumpGeneration(_ db: Database) throws {
        try db.execute(sql: "UPDATE search_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    }
}
