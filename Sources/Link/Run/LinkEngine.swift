import Foundation
import Logging
import Model

/// The linking step on records already reduced to features: blocking, comparison, clustering into works and the
/// typed relations between works. Pure computation; ``LinkRunner`` loads and stores around it.
struct LinkEngine {
    let tables: LinkTables
    var sameObjectThreshold = 0.5
    var relationThreshold = 0.5
    /// How much (in log-odds) the best original must beat the next one for a derived work to be linked to it.
    var ambiguityMargin = 1.0

    struct Input {
        /// Every record's features, in key order.
        var features: [LinkFeatures]
        /// Which records changed since the last run; nil when everything is to be compared.
        var dirty: [Bool]?
        /// Pairs linked by the last run whose records both did not change: compared again without blocking.
        var previousPairs: [(RecordKey, RecordKey)]
        var decisions: [CuratorDecision]
    }

    struct Output {
        var groups: [[RecordKey]]
        var links: [RecordLink]
        /// Typed relations as record links (one per pair of works), for lifting to works.
        var comparedPairs: Int
        var skippedBlocks: Int
    }

    func run(_ input: Input) -> Output {
        let logger = Logger(label: "oeuvre.link")
        let clock = Date()
        func phase(_ name: String) { logger.debug("\(name)", metadata: ["seconds": "\(String(format: "%.2f", Date().timeIntervalSince(clock)))"]) }
        var interner = StringInterner()
        let prepared = input.features.map { interner.prepare($0) }
        let strings = interner.strings
        var index: [RecordKey: Int32] = [:]
        for (i, record) in prepared.enumerated() { index[record.features.key] = Int32(i) }
        var sourceIDs: [SourceID: Int32] = [:]
        let sources = prepared.map { record -> Int32 in
            if let id = sourceIDs[record.features.key.source] { return id }
            let id = Int32(sourceIDs.count)
            sourceIDs[record.features.key.source] = id
            return id
        }

        // 1. Candidate pairs: blocks, plus last run's links among unchanged records.
        let blocking = Blocker().pairs(prepared, strings: strings, involving: input.dirty)
        var pairs = blocking.pairs
        for (a, b) in input.previousPairs {
            if let i = index[a], let j = index[b], i != j { pairs.append(i < j ? (i, j) : (j, i)) }
        }

        phase("blocked")
        // 2. Same-object comparisons, on all cores.
        let comparator = SameObjectComparator()
        let threshold = sameObjectThreshold
        let chunks = chunkCount(pairs.count)
        let chunkSize = (pairs.count + chunks - 1) / max(chunks, 1)
        let allPairs = pairs
        let compared: [([WorkClusterer.Edge], [(Int32, Int32)])] = parallelChunks(chunks) { chunk in
            var edges: [WorkClusterer.Edge] = []
            var typed: [(Int32, Int32)] = []
            let start = chunk * chunkSize
            for (i, j) in allPairs[start..<min(allPairs.count, start + chunkSize)] {
                let outcome = comparator.compare(prepared[Int(i)], prepared[Int(j)], strings: strings, explain: false)
                if outcome.score >= threshold, !outcome.cannotLink {
                    edges.append(WorkClusterer.Edge(a: i, b: j, score: outcome.score, decisive: outcome.identified))
                } else {
                    typed.append((i, j))
                }
            }
            return (edges, typed)
        }
        var edges = compared.flatMap(\.0)
        var typedCandidates = compared.flatMap(\.1)

        phase("compared")
        // 3. Curators' same-object decisions.
        var rejected: Set<UInt64> = []
        for decision in input.decisions where decision.relation == .sameObject {
            guard let i = index[decision.a], let j = index[decision.b] else { continue }
            switch decision.verdict {
            case .confirm: edges.append(WorkClusterer.Edge(a: i, b: j, score: 1, decisive: true))
            case .reject: rejected.insert(WorkClusterer.pairKey(i, j))
            }
        }
        edges.removeAll { rejected.contains(WorkClusterer.pairKey($0.a, $0.b)) }

        // 4. Works.
        let groups = WorkClusterer().cluster(count: prepared.count, edges: edges, sources: sources, rejected: rejected) { x, y in
            let outcome = comparator.compare(prepared[Int(x)], prepared[Int(y)], strings: strings, explain: false)
            return (outcome.score, outcome.cannotLink)
        }
        phase("clustered")
        var groupOf = [Int32](repeating: 0, count: prepared.count)
        for (g, members) in groups.enumerated() { for m in members { groupOf[Int(m)] = Int32(g) } }

        var links: [RecordLink] = []
        let confirmedSame = Set(input.decisions.filter { $0.verdict == .confirm && $0.relation == .sameObject }.compactMap { d -> UInt64? in
            guard let i = index[d.a], let j = index[d.b] else { return nil }
            return WorkClusterer.pairKey(i, j)
        })
        for edge in edges where groupOf[Int(edge.a)] == groupOf[Int(edge.b)] {
            let a = prepared[Int(edge.a)], b = prepared[Int(edge.b)]
            if confirmedSame.contains(WorkClusterer.pairKey(edge.a, edge.b)) {
                links.append(RecordLink(a: a.features.key, b: b.features.key, relation: .sameObject, score: 1, evidence: [LinkEvidence(feature: "curator", value: "confirmed", contribution: 0)], decision: .confirmed))
            } else {
                let outcome = comparator.compare(a, b, strings: strings, explain: true)
                links.append(RecordLink(a: a.features.key, b: b.features.key, relation: .sameObject, score: outcome.score, evidence: outcome.evidence))
            }
        }

        phase("same-object evidence")
        // 5. Typed relations, between works: each work's records pooled, so one catalogue's qualifier or type holds
        // for the work. Candidates are the work pairs of the record pairs compared, and the targets of statements.
        var workInterner = interner
        let workRecords: [PreparedRecord] = groups.map { members in
            members.count == 1 ? prepared[Int(members[0])] : workInterner.prepare(LinkFeatures.pooled(members.map { prepared[Int($0)].features }))
        }
        let workStrings = workInterner.strings
        var lookup: [String: [Int32]] = [:]
        for (i, record) in prepared.enumerated() {
            for identifier in record.features.identifiers { lookup[identifier, default: []].append(Int32(i)) }
            if let inventory = record.features.inventory { lookup["inv:" + inventory, default: []].append(Int32(i)) }
        }
        var statementPairs: [UInt64: (by: Int32, statement: RelationStatement)] = [:]
        var workPairs: Set<UInt64> = []
        for (i, j) in typedCandidates where groupOf[Int(i)] != groupOf[Int(j)] {
            workPairs.insert(WorkClusterer.pairKey(groupOf[Int(i)], groupOf[Int(j)]))
        }
        for (i, record) in prepared.enumerated() {
            let from = groupOf[i]
            for statement in record.features.statements {
                for target in statement.targets {
                    for j in lookup[target] ?? [] where groupOf[Int(j)] != from {
                        let key = WorkClusterer.pairKey(from, groupOf[Int(j)])
                        statementPairs[key] = (from, statement)
                        workPairs.insert(key)
                    }
                }
            }
        }
        let classifier = RelationClassifier()
        var best: [UInt64: (score: Double, derived: Int32, original: Int32, relation: LinkRelation)] = [:]
        let relationThreshold = relationThreshold
        let candidates = workPairs.sorted()
        let typedChunks = chunkCount(candidates.count)
        let typedSize = (candidates.count + typedChunks - 1) / max(typedChunks, 1)
        let statements = statementPairs
        let classified: [[TypedCandidate]] = parallelChunks(typedChunks) { chunk in
            var found: [TypedCandidate] = []
            let start = chunk * typedSize
            for key in candidates[start..<min(candidates.count, start + typedSize)] {
                let gi = Int32(truncatingIfNeeded: key >> 32), gj = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
                let stated = statements[key]
                let outcome = classifier.classify(
                    workRecords[Int(gi)], workRecords[Int(gj)], statedByA: stated?.by == gi ? stated?.statement : nil,
                    statedByB: stated?.by == gj ? stated?.statement : nil, strings: workStrings, explain: false)
                guard let outcome, outcome.score >= relationThreshold else { continue }
                let (derived, original) = outcome.firstIsDerived ? (gi, gj) : (gj, gi)
                found.append(TypedCandidate(key: key, score: outcome.score, logOdds: outcome.logOdds, stated: outcome.stated, derived: derived, original: original, relation: outcome.relation))
            }
            return found
        }
        // A derived work has one original: keep its strongest candidate, and only when no other original comes
        // close (two equally good originals of one subject: say nothing rather than guess). One pendant per work.
        var outgoing: [Int32: [TypedCandidate]] = [:]
        var pendantOf: [Int32: TypedCandidate] = [:]
        for candidate in classified.joined() {
            if candidate.relation == .pendant {
                for work in [candidate.derived, candidate.original] where candidate.beats(pendantOf[work]) { pendantOf[work] = candidate }
            } else {
                outgoing[candidate.derived, default: []].append(candidate)
            }
        }
        for (_, candidates) in outgoing {
            let ranked = candidates.sorted { $0.beats($1) }
            guard let first = ranked.first else { continue }
            if ranked.count > 1, !first.stated, first.logOdds - ranked[1].logOdds < ambiguityMargin { continue }
            best[first.key] = (first.score, first.derived, first.original, first.relation)
        }
        for (_, candidate) in pendantOf where pendantOf[candidate.derived]?.key == candidate.key && pendantOf[candidate.original]?.key == candidate.key {
            best[candidate.key] = (candidate.score, candidate.derived, candidate.original, candidate.relation)
        }
        for decision in input.decisions where decision.relation != .sameObject {
            guard let i = index[decision.a], let j = index[decision.b] else { continue }
            let (gi, gj) = (groupOf[Int(i)], groupOf[Int(j)])
            let key = WorkClusterer.pairKey(gi, gj)
            switch decision.verdict {
            case .confirm: best[key] = (2, gi, gj, decision.relation)
            case .reject: if let current = best[key], current.relation == decision.relation { best[key] = nil }
            }
        }
        // Stored as a link between the works' first records (or the decision's records), with the works' evidence.
        for (_, relation) in best.sorted(by: { $0.key < $1.key }) {
            let derived = workRecords[Int(relation.derived)], original = workRecords[Int(relation.original)]
            let derivedKey = prepared[Int(groups[Int(relation.derived)][0])].features.key
            let originalKey = prepared[Int(groups[Int(relation.original)][0])].features.key
            if relation.score > 1 {
                let decision = input.decisions.last { $0.verdict == .confirm && $0.relation == relation.relation && index[$0.a].map { groupOf[Int($0)] } == relation.derived && index[$0.b].map { groupOf[Int($0)] } == relation.original }
                links.append(RecordLink(a: decision?.a ?? derivedKey, b: decision?.b ?? originalKey, relation: relation.relation, score: 1, evidence: [LinkEvidence(feature: "curator", value: decision?.note ?? "confirmed", contribution: 0)], decision: .confirmed))
                continue
            }
            let stated = statementPairs[WorkClusterer.pairKey(relation.derived, relation.original)]
            let outcome = classifier.classify(
                derived, original, statedByA: stated?.by == relation.derived ? stated?.statement : nil,
                statedByB: stated?.by == relation.original ? stated?.statement : nil, strings: workStrings, explain: true)
            links.append(RecordLink(a: derivedKey, b: originalKey, relation: relation.relation, score: relation.score, evidence: outcome?.evidence ?? []))
        }

        phase("typed relations")
        let keyGroups = groups.map { $0.map { prepared[Int($0)].features.key } }
        return Output(groups: keyGroups, links: links, comparedPairs: pairs.count, skippedBlocks: blocking.skippedBlocks)
    }
}

/// A typed relation found between two works, before each derived work's best original is chosen.
struct TypedCandidate: Sendable {
    var key: UInt64
    var score: Double
    var logOdds: Double
    var stated: Bool
    var derived: Int32
    var original: Int32
    var relation: LinkRelation

    /// Stated relations first, then higher log-odds; on a tie the smaller pair key, so the choice never depends on
    /// hashing order.
    func beats(_ other: TypedCandidate?) -> Bool {
        guard let other else { return true }
        if stated != other.stated { return stated }
        if logOdds != other.logOdds { return logOdds > other.logOdds }
        return key < other.key
    }
}
