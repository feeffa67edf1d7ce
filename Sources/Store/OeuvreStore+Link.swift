import Foundation
import GRDB
import Model

extension OeuvreStore {
    /// The fingerprint of every normalized record (raw hash and mapping hash): a record whose fingerprint differs
    /// from its stored link features has changed since the last link run.
    public func normalizedFingerprints() async throws -> [RecordKey: String] {
        try await writer.read { db in
            var result: [RecordKey: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT source_id, record_id, raw_hash || mapping_hash FROM record")
            while let row = try rows.next() {
                result[RecordKey(source: SourceID(row[0] as String), recordID: row[1])] = row[2]
            }
            return result
        }
    }

    /// The fingerprints the stored link features were computed from, and whether a link run has used them since
    /// they were written (features written by normalize for a new or changed record are not yet linked).
    public func linkFeatureFingerprints() async throws -> [RecordKey: (fingerprint: String, linked: Bool)] {
        try await writer.read { db in
            var pending: Set<RecordKey> = []
            let pendingRows = try Row.fetchCursor(db, sql: "SELECT source_id, record_id FROM link_pending")
            while let row = try pendingRows.next() { pending.insert(RecordKey(source: SourceID(row[0] as String), recordID: row[1])) }
            var result: [RecordKey: (fingerprint: String, linked: Bool)] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT source_id, record_id, fingerprint FROM link_feature")
            while let row = try rows.next() {
                let key = RecordKey(source: SourceID(row[0] as String), recordID: row[1])
                result[key] = (row[2], !pending.contains(key))
            }
            return result
        }
    }

    /// Visits the stored link features (encoded by the linker) in batches.
    public func forEachLinkFeature(batchSize: Int = 5000, _ body: ([(RecordKey, Data)]) throws -> Void) async throws {
        var after = ("", "")
        while true {
            let (afterSource, afterRecord) = after
            let batch: [(RecordKey, Data)] = try await writer.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT source_id, record_id, features FROM link_feature WHERE (source_id, record_id) > (?, ?) ORDER BY source_id, record_id LIMIT ?",
                    arguments: [afterSource, afterRecord, batchSize]
                ).map { (RecordKey(source: SourceID($0[0] as String), recordID: $0[1]), $0[2] as Data) }
            }
            guard let last = batch.last else { return }
            try body(batch)
            after = (last.0.source.rawValue, last.0.recordID)
        }
    }

    /// Stores link features for changed records and drops those of records that are gone, in one transaction.
    public func saveLinkFeatures(_ features: [(key: RecordKey, fingerprint: String, data: Data)], removing removed: [RecordKey]) async throws {
        try await writer.write { db in
            let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO link_feature (source_id, record_id, fingerprint, features) VALUES (?, ?, ?, ?)")
            for feature in features {
                try upsert.execute(arguments: [feature.key.source.rawValue, feature.key.recordID, feature.fingerprint, feature.data])
            }
            let delete = try db.cachedStatement(sql: "DELETE FROM link_feature WHERE source_id = ? AND record_id = ?")
            for key in removed {
                try delete.execute(arguments: [key.source.rawValue, key.recordID])
            }
        }
    }

    /// Normalized records by key (the ones that exist), decoded.
    public func normalizedRecords(_ keys: [RecordKey]) async throws -> [CatalogueRecord] {
        let decoder = JSONCoding.decoder()
        return try await writer.read { db in
            let select = try db.cachedStatement(sql: "SELECT json FROM record WHERE source_id = ? AND record_id = ?")
            return try keys.compactMap { key in
                guard let json = try String.fetchOne(select, arguments: [key.source.rawValue, key.recordID]) else { return nil }
                return try decoder.decode(CatalogueRecord.self, from: Data(json.utf8))
            }
        }
    }

    /// The stored links: automatic and confirmed.
    public func links() async throws -> [RecordLink] {
        let decoder = JSONCoding.decoder()
        return try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM link ORDER BY source_a, record_a, source_b, record_b, relation").map { try Self.link(from: $0, decoder: decoder) }
        }
    }

    /// The links of one record, either end.
    public func links(of key: RecordKey) async throws -> [RecordLink] {
        let decoder = JSONCoding.decoder()
        return try await writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM link WHERE (source_a = ? AND record_a = ?) OR (source_b = ? AND record_b = ?) ORDER BY score DESC",
                arguments: [key.source.rawValue, key.recordID, key.source.rawValue, key.recordID]
            ).map { try Self.link(from: $0, decoder: decoder) }
        }
    }

    /// Visits every link in key order, in batches (for exports of any size), reading each batch after the last key.
    public func forEachLink(batchSize: Int = 5000, _ body: ([RecordLink]) throws -> Void) async throws {
        let decoder = JSONCoding.decoder()
        var after: RecordLink?
        while true {
            let start = after
            let batch: [RecordLink] = try await writer.read { db in
                if let start {
                    return try Row.fetchAll(
                        db, sql: """
                            SELECT * FROM link WHERE (source_a, record_a, source_b, record_b, relation) > (?, ?, ?, ?, ?)
                            ORDER BY source_a, record_a, source_b, record_b, relation LIMIT ?
                            """,
                        arguments: [start.a.source.rawValue, start.a.recordID, start.b.source.rawValue, start.b.recordID, start.relation.rawValue, batchSize]
                    ).map { try Self.link(from: $0, decoder: decoder) }
                }
                return try Row.fetchAll(db, sql: "SELECT * FROM link ORDER BY source_a, record_a, source_b, record_b, relation LIMIT ?", arguments: [batchSize])
                    .map { try Self.link(from: $0, decoder: decoder) }
            }
            guard let last = batch.last else { return }
            try body(batch)
            after = last
        }
    }

    /// The pairs of records the stored links join, without their evidence (for a link run's bookkeeping).
    public func linkPairs() async throws -> [(RecordKey, RecordKey)] {
        try await writer.read { db in
            var pairs: [(RecordKey, RecordKey)] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT source_a, record_a, source_b, record_b FROM link")
            while let row = try rows.next() {
                pairs.append((RecordKey(source: SourceID(row[0] as String), recordID: row[1]), RecordKey(source: SourceID(row[2] as String), recordID: row[3])))
            }
            return pairs
        }
    }

    static func link(from row: Row, decoder: JSONDecoder) throws -> RecordLink {
        RecordLink(
            a: RecordKey(source: SourceID(row["source_a"] as String), recordID: row["record_a"]),
            b: RecordKey(source: SourceID(row["source_b"] as String), recordID: row["record_b"]),
            relation: LinkRelation(rawValue: row["relation"]) ?? .sameObject,
            score: row["score"],
            evidence: try decoder.decode([LinkEvidence].self, from: Data((row["evidence"] as String).utf8)),
            decision: RecordLink.Decision(rawValue: row["decision"]) ?? .automatic)
    }

    /// The work each record belonged to after the last link run.
    public func workAssignments() async throws -> [RecordKey: WorkID] {
        try await writer.read { db in
            var result: [RecordKey: WorkID] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT source_id, record_id, work_id FROM work_member")
            while let row = try rows.next() {
                result[RecordKey(source: SourceID(row[0] as String), recordID: row[1])] = WorkID(row[2] as String)
            }
            return result
        }
    }

    /// The work a record belongs to.
    public func work(of key: RecordKey) async throws -> WorkID? {
        try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT work_id FROM work_member WHERE source_id = ? AND record_id = ?", arguments: [key.source.rawValue, key.recordID]).map { WorkID($0) }
        }
    }

    /// One work with its members, nil when there is no such work.
    public func work(_ id: WorkID) async throws -> Work? {
        try await writer.read { db in
            let members = try Row.fetchAll(db, sql: "SELECT source_id, record_id FROM work_member WHERE work_id = ? ORDER BY source_id, record_id", arguments: [id.rawValue])
                .map { RecordKey(source: SourceID($0[0] as String), recordID: $0[1]) }
            return members.isEmpty ? nil : Work(id: id, members: members)
        }
    }

    /// Visits every work with its members, in id order, in batches.
    public func forEachWork(batchSize: Int = 2000, _ body: ([Work]) throws -> Void) async throws {
        var after = ""
        while true {
            let start = after
            let batch: [Work] = try await writer.read { db in
                let ids = try String.fetchAll(db, sql: "SELECT id FROM work WHERE id > ? ORDER BY id LIMIT ?", arguments: [start, batchSize])
                guard let first = ids.first, let last = ids.last else { return [] }
                var members: [String: [RecordKey]] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT work_id, source_id, record_id FROM work_member WHERE work_id BETWEEN ? AND ?", arguments: [first, last])
                while let row = try rows.next() {
                    let workID: String = row[0]
                    members[workID, default: []].append(RecordKey(source: SourceID(row[1] as String), recordID: row[2]))
                }
                return ids.map { Work(id: WorkID($0), members: members[$0] ?? []) }
            }
            guard let last = batch.last else { return }
            try body(batch)
            after = last.id.rawValue
        }
    }

    /// The typed relations of a work, either end.
    public func relations(of id: WorkID) async throws -> [WorkRelation] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM work_relation WHERE work_a = ? OR work_b = ? ORDER BY score DESC", arguments: [id.rawValue, id.rawValue])
                .map { WorkRelation(a: WorkID($0["work_a"] as String), b: WorkID($0["work_b"] as String), relation: LinkRelation(rawValue: $0["relation"]) ?? .versionOf, score: $0["score"]) }
        }
    }

    /// Every typed relation between works.
    public func workRelations() async throws -> [WorkRelation] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM work_relation ORDER BY work_a, work_b, relation")
                .map { WorkRelation(a: WorkID($0["work_a"] as String), b: WorkID($0["work_b"] as String), relation: LinkRelation(rawValue: $0["relation"]) ?? .versionOf, score: $0["score"]) }
        }
    }

    /// The last finished link run, nil before the first.
    public func lastLinkRun() async throws -> LinkRunSummary? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM link_run ORDER BY id DESC LIMIT 1").map(Self.linkRunSummary(from:))
        }
    }

    /// The events (created, merged, split, removed) of a work, oldest first, with the run they happened in.
    public func events(of id: WorkID) async throws -> [(run: Int64, event: WorkEvent)] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM work_event WHERE work_id = ? ORDER BY id", arguments: [id.rawValue]).map { row in
                let othersJSON: String = row["others"]
                let others = (try? JSONDecoder().decode([String].self, from: Data(othersJSON.utf8))) ?? []
                let kind: String = row["kind"]
                let runID: Int64 = row["link_run_id"]
                return (runID, WorkEvent(kind: WorkEvent.Kind(rawValue: kind) ?? .created, work: WorkID(row["work_id"] as String), others: others.map { WorkID($0) }))
            }
        }
    }

    static func linkRunSummary(from row: Row) -> LinkRunSummary {
        LinkRunSummary(
            id: row["id"], startedAt: row["started_at"], finishedAt: row["finished_at"], records: row["records"],
            changedRecords: row["changed_records"], comparedPairs: row["compared_pairs"], links: row["links"], works: row["works"],
            snapshot: row["snapshot"], inputs: row["inputs"])
    }

    /// Replaces links, works and relations with a run's result and records the run and its events, in one transaction.
    @discardableResult
    public func saveLinkRun(_ run: LinkRunRecord) async throws -> LinkRunSummary {
        let evidence = run.links.map { EvidenceJSON.encode($0.evidence) }
        let now = Date.oeuvreNow
        return try await writer.write { db in
            try db.execute(sql: """
                INSERT INTO link_run (started_at, finished_at, records, changed_records, compared_pairs, links, works, snapshot, inputs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [run.startedAt, now, run.records, run.changedRecords, run.comparedPairs, run.links.count, run.works.count, run.snapshot, run.inputs])
            let runID = db.lastInsertedRowID
            try db.execute(sql: "DELETE FROM link_pending")
            try db.execute(sql: "DELETE FROM link")
            let insertLink = try db.cachedStatement(sql: "INSERT OR REPLACE INTO link (source_a, record_a, source_b, record_b, relation, score, evidence, decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            for (link, evidence) in zip(run.links, evidence) {
                try insertLink.execute(arguments: [link.a.source.rawValue, link.a.recordID, link.b.source.rawValue, link.b.recordID, link.relation.rawValue, link.score, evidence, link.decision.rawValue])
            }
            // Works keep their creation time across runs.
            var created: [String: Date] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, created_at FROM work")
            while let row = try rows.next() { created[row[0]] = row[1] }
            try db.execute(sql: "DELETE FROM work_relation")
            try db.execute(sql: "DELETE FROM work_member")
            try db.execute(sql: "DELETE FROM work")
            let insertWork = try db.cachedStatement(sql: "INSERT INTO work (id, record_count, created_at, updated_at) VALUES (?, ?, ?, ?)")
            let insertMember = try db.cachedStatement(sql: "INSERT INTO work_member (source_id, record_id, work_id) VALUES (?, ?, ?)")
            for work in run.works {
                try insertWork.execute(arguments: [work.id.rawValue, work.members.count, created[work.id.rawValue] ?? now, now])
                for member in work.members {
                    try insertMember.execute(arguments: [member.source.rawValue, member.recordID, work.id.rawValue])
                }
            }
            let insertRelation = try db.cachedStatement(sql: "INSERT OR REPLACE INTO work_relation (work_a, work_b, relation, score) VALUES (?, ?, ?, ?)")
            for relation in run.relations {
                try insertRelation.execute(arguments: [relation.a.rawValue, relation.b.rawValue, relation.relation.rawValue, relation.score])
            }
            let insertEvent = try db.cachedStatement(sql: "INSERT INTO work_event (link_run_id, kind, work_id, others) VALUES (?, ?, ?, ?)")
            for event in run.events {
                let others = String(decoding: try JSONEncoder().encode(event.others.map(\.rawValue)), as: UTF8.self)
                try insertEvent.execute(arguments: [runID, event.kind.rawValue, event.work.rawValue, others])
            }
            return try Row.fetchOne(db, sql: "SELECT * FROM link_run WHERE id = ?", arguments: [runID]).map(Self.linkRunSummary(from:))!
        }
    }
}

extension OeuvreStore {
    /// The stored JSON of normalized records by key (the ones that exist), for callers that decode in parallel.
    public func normalizedRecordJSON(_ keys: [RecordKey]) async throws -> [(RecordKey, Data)] {
        try await writer.read { db in
            let select = try db.cachedStatement(sql: "SELECT json FROM record WHERE source_id = ? AND record_id = ?")
            return try keys.compactMap { key in
                guard let json = try String.fetchOne(select, arguments: [key.source.rawValue, key.recordID]) else { return nil }
                return (key, Data(json.utf8))
            }
        }
    }
}
