import Foundation
import Model

/// The linking step on records already reduced to features: blocking, comparison, clustering into works and the
/// typed relations between works. Pure computation; ``LinkRunner`` loads and stores around it.
struct LinkEngine {
    let tables: LinkTables
    var sameObjectThreshold = 0.5
    var relationThreshold = 0.5

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

        // 5. Typed relations: statements resolved to their targets, and the candidate pairs in different works.
        var statementPairs: [UInt64: (by: Int32, statement: RelationStatement)] = [:]
        var lookup: [String: [Int32]] = [:]
        for (i, record) in prepared.enumerated() {
            for identifier in record.features.identifiers { lookup[identifier, default: []].append(Int32(i)) }
            if let inventory = record.features.inventory { lookup["inv:" + inventory, default: []].append(Int32(i)) }
        }
        for (i, record) in prepared.enumerated() {
            for statement in record.features.statements {
                for target in statement.targets {
                    for j in lookup[target] ?? [] where j != Int32(i) && groupOf[Int(j)] != groupOf[i] {
                        statementPairs[WorkClusterer.pairKey(Int32(i), j)] = (Int32(i), statement)
                        typedCandidates.append((min(Int32(i), j), max(Int32(i), j)))
                    }
                }
            }
        }
        let classifier = RelationClassifier()
        var best: [UInt64: (score: Double, derived: Int32, original: Int32, relation: LinkRelation)] = [:]
        let relationThreshold = relationThreshold
        let typedChunks = chunkCount(typedCandidates.count)
        let typedSize = (typedCandidates.count + typedChunks - 1) / max(typedChunks, 1)
        let candidates = typedCandidates
        let statements = statementPairs
        let groupIndex = groupOf
        let classified: [[(UInt64, Double, Int32, Int32, LinkRelation)]] = parallelChunks(typedChunks) { chunk in
            var found: [(UInt64, Double, Int32, Int32, LinkRelation)] = []
            let start = chunk * typedSize
            for (i, j) in candidates[start..<min(candidates.count, start + typedSize)] {
                let gi = groupIndex[Int(i)], gj = groupIndex[Int(j)]
                guard gi != gj else { continue }
                let stated = statements[WorkClusterer.pairKey(i, j)]
                let outcome = classifier.classify(
                    prepared[Int(i)], prepared[Int(j)], statedByA: stated?.by == i ? stated?.statement : nil,
                    statedByB: stated?.by == j ? stated?.statement : nil, strings: strings, explain: false)
                guard let outcome, outcome.score >= relationThreshold else { continue }
                let (derived, original) = outcome.firstIsDerived ? (i, j) : (j, i)
                found.append((WorkClusterer.pairKey(gi, gj), outcome.score, derived, original, outcome.relation))
            }
            return found
        }
        for (key, score, derived, original, relation) in classified.joined() {
            if let current = best[key], current.score >= score { continue }
            best[key] = (score, derived, original, relation)
        }
        for decision in input.decisions where decision.relation != .sameObject {
            guard let i = index[decision.a], let j = index[decision.b] else { continue }
            let key = WorkClusterer.pairKey(groupOf[Int(i)], groupOf[Int(j)])
            switch decision.verdict {
            case .confirm: best[key] = (2, i, j, decision.relation)
            case .reject: if let current = best[key], current.relation == decision.relation { best[key] = nil }
            }
        }
        for (_, relation) in best.sorted(by: { $0.key < $1.key }) {
            let derived = prepared[Int(relation.derived)], original = prepared[Int(relation.original)]
            if relation.score > 1 {
                links.append(RecordLink(a: derived.features.key, b: original.features.key, relation: relation.relation, score: 1, evidence: [LinkEvidence(feature: "curator", value: "confirmed", contribution: 0)], decision: .confirmed))
                continue
            }
            let stated = statementPairs[WorkClusterer.pairKey(relation.derived, relation.original)]
            let outcome = classifier.classify(
                derived, original, statedByA: stated?.by == relation.derived ? stated?.statement : nil,
                statedByB: stated?.by == relation.original ? stated?.statement : nil, strings: strings, explain: true)
            links.append(RecordLink(a: derived.features.key, b: original.features.key, relation: relation.relation, score: relation.score, evidence: outcome?.evidence ?? []))
        }

        let keyGroups = groups.map { $0.map { prepared[Int($0)].features.key } }
        return Output(groups: keyGroups, links: links, comparedPairs: pairs.count, skippedBlocks: blocking.skippedBlocks)
    }
}
