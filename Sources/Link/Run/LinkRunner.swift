import Foundation
import Logging
import Model
import Store

/// Runs the linker over the store: computes features of the records that changed, links, groups records into works
/// with stable ids, lifts typed relations to works, applies the curators' decisions and saves it all in one
/// transaction.
///
/// Incremental: a record whose normalized form did not change keeps its features, and its links are only
/// recomputed when a neighbour (a record it shares a block with) changed.
public struct LinkRunner: Sendable {
    public let store: OeuvreStore
    public let tables: LinkTables
    public let decisions: DecisionFile
    let logger = Logger(label: "oeuvre.link")

    public init(store: OeuvreStore, tables: LinkTables, decisions: DecisionFile) {
        self.store = store
        self.tables = tables
        self.decisions = decisions
    }

    /// Links the store's records; `full` recomputes every record's features and compares every candidate pair, as
    /// after a change to the linker itself.
    public func run(full: Bool = false) async throws -> LinkRunReport {
        let started = Date()
        let curatorDecisions = try decisions.load()
        let inputs = tables.fingerprint + "|" + decisions.digest()
        let fingerprints = try await store.normalizedFingerprints()
        let stored = try await store.linkFeatureFingerprints()
        let version = "|" + tables.fingerprint
        // Features to compute: missing or stale (normalize computes them as it maps records, so usually none).
        let changed = fingerprints.filter { full || stored[$0.key]?.fingerprint != $0.value + version }.map(\.key).sorted()
        let removed = stored.keys.filter { fingerprints[$0] == nil }.sorted()
        // Records to compare again: changed since the last link run, whoever computed their features.
        let unlinked = Set(stored.filter { !$0.value.linked && fingerprints[$0.key] != nil }.map(\.key)).union(changed)
        logger.info("linking \(fingerprints.count) records, \(unlinked.count) new or changed, \(removed.count) gone")
        // Nothing pending, nothing gone, the same tables and decisions: the last run's result stands.
        if !full, unlinked.isEmpty, removed.isEmpty, let last = try await store.lastLinkRun(), last.inputs == inputs, last.records == fingerprints.count {
            return LinkRunReport(
                records: last.records, changedRecords: 0, removedRecords: 0, comparedPairs: 0, sameObjectLinks: 0, typedLinks: [:],
                works: last.works, linkedWorks: 0, events: [:], skippedBlocks: 0, seconds: Date().timeIntervalSince(started),
                snapshot: last.snapshot, upToDate: true)
        }

        // Features of the changed records, decoded and reduced on all cores.
        var features: [RecordKey: LinkFeatures] = [:]
        features.reserveCapacity(fingerprints.count)
        let extractor = FeatureExtractor(tables: tables)
        let memo = ExtractionMemo()
        var encodedFeatures: [(key: RecordKey, fingerprint: String, data: Data)] = []
        for start in stride(from: 0, to: changed.count, by: 20_000) {
            let keys = Array(changed[start..<min(changed.count, start + 20_000)])
            let json = try await store.normalizedRecordJSON(keys)
            let chunks = min(ProcessInfo.processInfo.activeProcessorCount, chunkCount(json.count, minimumPerChunk: 500))
            let size = (json.count + chunks - 1) / max(chunks, 1)
            let results: [[(LinkFeatures, Data)]] = try parallelChunksThrowing(chunks) { chunk in
                let decoder = JSONDecoder()
                return try json[(chunk * size)..<min(json.count, chunk * size + size)].map { key, data in
                    let record: CatalogueRecord
                    do {
                        record = try decoder.decode(LinkSourceRecord.self, from: data).record
                    } catch {
                        throw LinkError(message: "\(key): the stored normalized record cannot be read (\(error)); run `oeuvre normalize` again for source \(key.source)")
                    }
                    let f = extractor.features(of: record, memo: memo)
                    return (f, FeatureEncoding.encode(f))
                }
            }
            for (f, data) in results.joined() {
                features[f.key] = f
                encodedFeatures.append((f.key, fingerprints[f.key]! + version, data))
            }
        }
        // The unchanged records' features from the store.
        let changedSet = Set(changed)
        if changedSet.count < fingerprints.count {
            var unreadable: [RecordKey] = []
            try await store.forEachLinkFeature { batch in
                for (key, data) in batch where fingerprints[key] != nil && !changedSet.contains(key) {
                    if let decoded = FeatureEncoding.decode(data) { features[key] = decoded } else { unreadable.append(key) }
                }
            }
            if !unreadable.isEmpty {
                throw LinkError(message: "\(unreadable.count) stored link features were written by another version of Oeuvre; run `oeuvre link --full` once")
            }
        }
        logger.info("features ready", metadata: ["seconds": "\(Int(Date().timeIntervalSince(started)))"])
        let ordered = features.values.sorted { $0.key < $1.key }
        let neverLinked = try await store.lastLinkRun() == nil
        let firstRun = full || neverLinked
        let dirty: [Bool]? = firstRun ? nil : ordered.map { unlinked.contains($0.key) }

        // Last run's links whose both records are unchanged are compared again (cheap) so they survive.
        var previousPairs: [(RecordKey, RecordKey)] = []
        if !firstRun {
            previousPairs = try await store.linkPairs().filter { !unlinked.contains($0.0) && !unlinked.contains($0.1) }
        }
        // Records that were linked to a changed or removed record are dirty too: their neighbourhood changed.
        let engine = LinkEngine(tables: tables)
        let output = engine.run(LinkEngine.Input(features: ordered, dirty: dirty, previousPairs: previousPairs, decisions: curatorDecisions))

        logger.info("linked", metadata: ["seconds": "\(Int(Date().timeIntervalSince(started)))"])
        let previousWorks = try await store.workAssignments()
        let (works, events) = StableWorkIDs.assign(groups: output.groups, previous: previousWorks)
        var workOf: [RecordKey: WorkID] = [:]
        for work in works { for member in work.members { workOf[member] = work.id } }
        let relations = output.links.filter { $0.relation != .sameObject }.compactMap { link -> WorkRelation? in
            guard let a = workOf[link.a], let b = workOf[link.b], a != b else { return nil }
            return WorkRelation(a: a, b: b, relation: link.relation, score: link.score)
        }
        let snapshot = Self.snapshot(works: works, fingerprints: fingerprints, links: output.links)
        var record = LinkRunRecord(
            startedAt: started, records: ordered.count, changedRecords: unlinked.count, comparedPairs: output.comparedPairs,
            links: output.links, works: works, relations: relations, events: events, snapshot: snapshot)
        record.inputs = inputs
        logger.info("works assigned", metadata: ["seconds": "\(Int(Date().timeIntervalSince(started)))"])
        try await store.saveLinkFeatures(encodedFeatures, removing: removed)
        try await store.saveLinkRun(record)

        logger.info("saved", metadata: ["seconds": "\(Int(Date().timeIntervalSince(started)))"])
        var typed: [String: Int] = [:]
        for link in output.links where link.relation != .sameObject { typed[link.relation.rawValue, default: 0] += 1 }
        var eventCounts: [String: Int] = [:]
        for event in events { eventCounts[event.kind.rawValue, default: 0] += 1 }
        return LinkRunReport(
            records: ordered.count, changedRecords: unlinked.count, removedRecords: removed.count, comparedPairs: output.comparedPairs,
            sameObjectLinks: output.links.count { $0.relation == .sameObject }, typedLinks: typed, works: works.count,
            linkedWorks: works.count { $0.members.count > 1 }, events: eventCounts, skippedBlocks: output.skippedBlocks,
            seconds: Date().timeIntervalSince(started), snapshot: snapshot, upToDate: false)
    }

    /// A digest of the works (members and their record fingerprints) and the links: the same data gives the same
    /// snapshot; any change to a record, a link or a work gives another.
    static func snapshot(works: [Work], fingerprints: [RecordKey: String], links: [RecordLink]) -> String {
        var text = ""
        for work in works {
            text += work.id.rawValue
            for member in work.members { text += "\u{1F}\(member)\u{1E}\(fingerprints[member] ?? "")" }
            text += "\n"
        }
        for link in links.sorted(by: { ($0.a, $0.b, $0.relation) < ($1.a, $1.b, $1.relation) }) {
            text += "\(link.a)\u{1F}\(link.b)\u{1F}\(link.relation.rawValue)\u{1F}\(link.score)\n"
        }
        return String(SHA256.hex(text).prefix(16))
    }
}

/// A problem that stops a link run, with what to do about it.
public struct LinkError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
