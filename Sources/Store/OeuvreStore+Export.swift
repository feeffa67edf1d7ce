import Foundation
import GRDB
import Model

extension OeuvreStore {
    /// A read-only view of the store frozen at this moment, for an export: every read through it sees the same
    /// data, so the export and its snapshot id describe one state even while a harvest, a normalization or a link
    /// run writes. Release it when the export is done (it holds a WAL read snapshot).
    public func exportSnapshot() throws -> StoreSnapshot {
        if let pool = writer as? DatabasePool {
            return StoreSnapshot(reader: try pool.makeSnapshot())
        }
        // An in-memory store has one connection; its reads are consistent as long as nobody writes meanwhile.
        return StoreSnapshot(reader: writer)
    }
}

/// Reads for exports, all from one consistent snapshot of the store, in batches (keyset paging) so that memory does
/// not grow with the number of works, records or links.
public final class StoreSnapshot: Sendable {
    let reader: any DatabaseReader

    init(reader: any DatabaseReader) {
        self.reader = reader
    }

    // MARK: - Works and records

    /// Works with their members, in id order, after `after` (exclusive; "" for the start).
    public func works(after: String, limit: Int) async throws -> [Work] {
        try await reader.read { db in
            let ids = try String.fetchAll(db, sql: "SELECT id FROM work WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, limit])
            guard let first = ids.first, let last = ids.last else { return [] }
            var members: [String: [RecordKey]] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT work_id, source_id, record_id FROM work_member WHERE work_id BETWEEN ? AND ?", arguments: [first, last])
            while let row = try rows.next() {
                members[row[0] as String, default: []].append(RecordKey(source: SourceID(row[1] as String), recordID: row[2]))
            }
            return ids.map { Work(id: WorkID($0), members: members[$0] ?? []) }
        }
    }

    /// Normalized records that no link run has put in a work, in key order, after `after` (exclusive).
    public func unlinkedRecords(after: RecordKey?, limit: Int) async throws -> [RecordKey] {
        try await reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.source_id, r.record_id FROM record r
                    WHERE (r.source_id, r.record_id) > (?, ?)
                      AND NOT EXISTS (SELECT 1 FROM work_member m WHERE m.source_id = r.source_id AND m.record_id = r.record_id)
                    ORDER BY r.source_id, r.record_id LIMIT ?
                    """,
                arguments: [after?.source.rawValue ?? "", after?.recordID ?? "", limit]
            ).map { RecordKey(source: SourceID($0[0] as String), recordID: $0[1]) }
        }
    }

    /// The members of works, by work; works that do not exist are absent.
    public func members(of works: [WorkID]) async throws -> [WorkID: [RecordKey]] {
        try await reader.read { db in
            let select = try db.cachedStatement(sql: "SELECT source_id, record_id FROM work_member WHERE work_id = ? ORDER BY source_id, record_id")
            var result: [WorkID: [RecordKey]] = [:]
            for work in works {
                let keys = try Row.fetchAll(select, arguments: [work.rawValue]).map { RecordKey(source: SourceID($0[0] as String), recordID: $0[1]) }
                if !keys.isEmpty { result[work] = keys }
            }
            return result
        }
    }

    /// The stored normalized records (their JSON as stored, and the hashes they were made from), in the order of
    /// `keys`; keys without a normalized record are left out.
    public func records(_ keys: [RecordKey]) async throws -> [StoredRecord] {
        try await reader.read { db in
            let select = try db.cachedStatement(sql: "SELECT json, raw_hash, mapping_hash, normalized_at FROM record WHERE source_id = ? AND record_id = ?")
            return try keys.compactMap { key in
                guard let row = try Row.fetchOne(select, arguments: [key.source.rawValue, key.recordID]) else { return nil }
                return StoredRecord(key: key, json: Data((row[0] as String).utf8), rawHash: row[1], mappingHash: row[2], normalizedAt: row[3])
            }
        }
    }

    // MARK: - Relations and links

    /// The typed relations in which any of `works` takes part (either end), each once.
    public func relations(of works: [WorkID]) async throws -> [WorkRelation] {
        try await reader.read { db in
            let asA = try db.cachedStatement(sql: "SELECT work_a, work_b, relation, score FROM work_relation WHERE work_a = ?")
            let asB = try db.cachedStatement(sql: "SELECT work_a, work_b, relation, score FROM work_relation WHERE work_b = ?")
            var seen: Set<String> = []
            var result: [WorkRelation] = []
            for work in works {
                for statement in [asA, asB] {
                    for row in try Row.fetchAll(statement, arguments: [work.rawValue]) {
                        let relation = Self.workRelation(row)
                        if seen.insert("\(relation.a)\u{1F}\(relation.b)\u{1F}\(relation.relation.rawValue)").inserted { result.append(relation) }
                    }
                }
            }
            return result
        }
    }

    /// Every typed relation between works, in key order, after `after` (exclusive), for streaming.
    public func workRelations(after: WorkRelation?, limit: Int) async throws -> [WorkRelation] {
        try await reader.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT work_a, work_b, relation, score FROM work_relation WHERE (work_a, work_b, relation) > (?, ?, ?) ORDER BY work_a, work_b, relation LIMIT ?",
                arguments: [after?.a.rawValue ?? "", after?.b.rawValue ?? "", after?.relation.rawValue ?? "", limit]
            ).map(Self.workRelation)
        }
    }

    /// The links that have one of `keys` at either end, each once, with their evidence as stored (JSON), for
    /// writers that pass it on without reading it.
    public func storedLinks(touching keys: [RecordKey]) async throws -> [StoredLink] {
        try await reader.read { db in
            let columns = "source_a, record_a, source_b, record_b, relation, score, decision, evidence"
            let asA = try db.cachedStatement(sql: "SELECT \(columns) FROM link WHERE source_a = ? AND record_a = ?")
            let asB = try db.cachedStatement(sql: "SELECT \(columns) FROM link WHERE source_b = ? AND record_b = ?")
            var seen: Set<String> = []
            var result: [StoredLink] = []
            for key in keys {
                for statement in [asA, asB] {
                    for row in try Row.fetchAll(statement, arguments: [key.source.rawValue, key.recordID]) {
                        let link = StoredLink(
                            a: RecordKey(source: SourceID(row[0] as String), recordID: row[1]), b: RecordKey(source: SourceID(row[2] as String), recordID: row[3]),
                            relation: LinkRelation(rawValue: row[4]) ?? .sameObject, score: row[5],
                            decision: RecordLink.Decision(rawValue: row[6]) ?? .automatic, evidenceJSON: row[7])
                        if seen.insert("\(link.a)\u{1F}\(link.b)\u{1F}\(link.relation.rawValue)").inserted { result.append(link) }
                    }
                }
            }
            return result
        }
    }

    /// Every link in key order after `after` (exclusive), for streaming; evidence is decoded only when asked for.
    public func links(after: RecordLink?, limit: Int, evidence: Bool = true) async throws -> [RecordLink] {
        let decoder = JSONCoding.decoder()
        return try await reader.read { db in
            let columns = evidence ? "*" : "source_a, record_a, source_b, record_b, relation, score, '[]' AS evidence, decision"
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(columns) FROM link WHERE (source_a, record_a, source_b, record_b, relation) > (?, ?, ?, ?, ?)
                    ORDER BY source_a, record_a, source_b, record_b, relation LIMIT ?
                    """,
                arguments: [
                    after?.a.source.rawValue ?? "", after?.a.recordID ?? "", after?.b.source.rawValue ?? "", after?.b.recordID ?? "",
                    after?.relation.rawValue ?? "", limit,
                ])
            return try rows.map { try OeuvreStore.link(from: $0, decoder: decoder) }
        }
    }

    /// For each relation, the strongest link of that relation between a record of one work and a record of the
    /// other (the link the relation was carried up from), nil where there is none.
    public func strongestLinks(for relations: [WorkRelation]) async throws -> [RecordLink?] {
        let decoder = JSONCoding.decoder()
        return try await reader.read { db in
            let select = try db.cachedStatement(sql: """
                SELECT l.* FROM link l
                JOIN work_member ma ON ma.source_id = l.source_a AND ma.record_id = l.record_a
                JOIN work_member mb ON mb.source_id = l.source_b AND mb.record_id = l.record_b
                WHERE l.relation = ? AND ((ma.work_id = ? AND mb.work_id = ?) OR (ma.work_id = ? AND mb.work_id = ?))
                ORDER BY l.score DESC LIMIT 1
                """)
            return try relations.map { relation in
                try Row.fetchOne(select, arguments: [relation.relation.rawValue, relation.a.rawValue, relation.b.rawValue, relation.b.rawValue, relation.a.rawValue])
                    .map { try OeuvreStore.link(from: $0, decoder: decoder) }
            }
        }
    }

    static func workRelation(_ row: Row) -> WorkRelation {
        WorkRelation(a: WorkID(row[0] as String), b: WorkID(row[1] as String), relation: LinkRelation(rawValue: row[2]) ?? .versionOf, score: row[3])
    }

    // MARK: - Provenance

    /// Every registered source with its endpoint and its last harvests.
    public func sources() async throws -> [SourceProvenance] {
        try await reader.read { db in
            try Row.fetchAll(db, sql: "SELECT id, institution, protocol, format, endpoint FROM source ORDER BY id").map { row in
                let id: String = row[0]
                let last = try Row.fetchOne(
                    db, sql: "SELECT status, started_at, finished_at FROM harvest_run WHERE source_id = ? ORDER BY id DESC LIMIT 1", arguments: [id])
                let success = try Date.fetchOne(
                    db, sql: "SELECT finished_at FROM harvest_run WHERE source_id = ? AND status = 'succeeded' ORDER BY id DESC LIMIT 1", arguments: [id])
                let records = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM record WHERE source_id = ?", arguments: [id]) ?? 0
                return SourceProvenance(
                    id: SourceID(id), institution: row[1], protocolName: row[2], format: row[3], endpoint: row[4],
                    lastHarvestStatus: last?[0], lastHarvestStarted: last?[1], lastHarvestFinished: last?[2], lastSuccessfulHarvest: success,
                    records: records)
            }
        }
    }

    /// The last finished link run, nil before the first.
    public func lastLinkRun() async throws -> LinkRunSummary? {
        try await reader.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM link_run ORDER BY id DESC LIMIT 1").map(OeuvreStore.linkRunSummary(from:))
        }
    }

    /// A SHA-256 digest (hex) of everything an export is made from: each normalized record's key with the raw and
    /// mapping hashes it was made from, the work each record belongs to, every link with its score and decision, and
    /// every typed relation between works. Equal data gives an equal digest; any change gives another.
    ///
    /// One pass per table in key order, each line built by SQLite; hashed in chunks (the digest of the chunk
    /// digests), so memory stays flat.
    public func contentDigest() async throws -> String {
        try await reader.read { db in
            var chunks = ChunkedDigest()
            chunks.add("oeuvre-content/2")
            let queries = [
                "SELECT 'r' || char(31) || source_id || char(31) || record_id || char(31) || raw_hash || char(31) || mapping_hash FROM record ORDER BY source_id, record_id",
                "SELECT 'm' || char(31) || source_id || char(31) || record_id || char(31) || work_id FROM work_member ORDER BY source_id, record_id",
                """
                SELECT 'l' || char(31) || source_a || char(31) || record_a || char(31) || source_b || char(31) || record_b || char(31) || relation
                    || char(31) || CAST(score AS TEXT) || char(31) || decision FROM link ORDER BY source_a, record_a, source_b, record_b, relation
                """,
                "SELECT 'w' || char(31) || work_a || char(31) || work_b || char(31) || relation || char(31) || CAST(score AS TEXT) FROM work_relation ORDER BY work_a, work_b, relation",
            ]
            for sql in queries {
                let lines = try String.fetchCursor(db, sql: sql)
                while let line = try lines.next() { chunks.add(line) }
            }
            return chunks.finish()
        }
    }
}

/// A normalized record as stored: its JSON and what it was made from.
public struct StoredRecord: Sendable {
    public var key: RecordKey
    /// The record as stored: `CatalogueRecord` in `JSONCoding`'s form (sorted keys, ISO 8601 dates, one line).
    public var json: Data
    /// SHA-256 of the raw record it was normalized from.
    public var rawHash: String
    /// The hash of the mapping it was normalized with.
    public var mappingHash: String
    public var normalizedAt: Date
}

/// A link as stored, its evidence still in the JSON the store keeps (an array of `{contribution, feature, value}`).
public struct StoredLink: Sendable, Equatable {
    public var a: RecordKey
    public var b: RecordKey
    public var relation: LinkRelation
    public var score: Double
    public var decision: RecordLink.Decision
    public var evidenceJSON: String
}

/// Where a source's records came from, for an export's provenance.
public struct SourceProvenance: Sendable, Codable, Equatable {
    public var id: SourceID
    public var institution: String
    public var protocolName: String
    public var format: String
    public var endpoint: String
    /// The status of the source's last harvest run (`succeeded`, `failed`, `running`), nil when never harvested.
    public var lastHarvestStatus: String?
    public var lastHarvestStarted: Date?
    public var lastHarvestFinished: Date?
    public var lastSuccessfulHarvest: Date?
    /// Normalized records of the source in the store.
    public var records: Int
}

/// SHA-256 over a long text without holding it: the text is hashed in chunks of about a megabyte, and the digest is
/// the SHA-256 of the chunk digests in order. Chunks are hashed on other threads while the caller goes on reading
/// (at most four at a time, so memory stays bounded).
struct ChunkedDigest {
    private final class Results: @unchecked Sendable {
        let lock = NSLock()
        var digests: [String] = []
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: 4)
    }

    private var buffer: [UInt8] = []
    private var chunks = 0
    private let results = Results()

    /// Adds a line (a line feed is added after it).
    mutating func add(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        let chunk = buffer
        let index = chunks
        let results = self.results
        chunks += 1
        results.lock.lock()
        results.digests.append("")
        results.lock.unlock()
        results.slots.wait()
        results.group.enter()
        DispatchQueue.global().async {
            let digest = SHA256.hex(chunk)
            results.lock.lock()
            results.digests[index] = digest
            results.lock.unlock()
            results.slots.signal()
            results.group.leave()
        }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() -> String {
        flush()
        results.group.wait()
        results.lock.lock()
        defer { results.lock.unlock() }
        return SHA256.hex(Array(results.digests.map { $0 + "\n" }.joined().utf8))
    }
}
