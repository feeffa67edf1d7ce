import Foundation
import GRDB
import Model

extension SearchIndex {
    /// The BM25 weights of the `search_text` columns: title, agent, subject, description, other (inventory
    /// numbers, types, materials, identifiers, dates), institution, keys (filters only).
    static let columnWeights: [Double] = [10.0, 5.0, 3.0, 1.0, 2.0, 1.0, 0.0]

    /// The weights as `bm25()`'s arguments.
    static var columnWeightArguments: String { columnWeights.map { String($0) }.joined(separator: ", ") }

    /// A page of works matching a request, with the facets of all matches.
    ///
    /// Throws ``QueryError`` for a query that cannot be read.
    public func search(_ request: SearchRequest) async throws -> SearchResults {
        let query = try SearchQuery(parsing: request.query)
        return try await search(query, limit: request.limit, offset: request.offset, facets: request.facets, facetLimit: request.facetLimit, language: request.language)
    }

    /// A page of works matching a parsed query, with the facets of all matches.
    public func search(
        _ query: SearchQuery, limit: Int = 20, offset: Int = 0, facets: [FacetName] = FacetName.allCases, facetLimit: Int = 10,
        language: String? = nil
    ) async throws -> SearchResults {
        let limit = max(0, min(limit, SearchRequest.maximumLimit))
        let offset = max(0, offset)
        let plan = QueryPlan(query.root.flatMap(expansion.expand))
        return try await database.read { db in
            let columns = try self.columnsCache.columns(db)
            let ranked = try Self.rank(plan, columns: columns, db: db, helper: self.helper)
            let page = TopK.select(ranked, from: offset, count: limit)
            // The facets (memory only) are counted on another core while the page is read from the database.
            let facetList = FacetTally()
            let counting = DispatchGroup()
            if !facets.isEmpty {
                DispatchQueue.global(qos: .userInitiated).async(group: counting) {
                    facetList.set(Self.facets(of: ranked, columns: columns, names: facets, limit: facetLimit))
                }
            }
            let works: [WorkResult]
            do {
                works = try Self.hydrate(page, firstRank: offset + 1, language: language, db: db)
            } catch {
                counting.wait()
                throw error
            }
            counting.wait()
            return SearchResults(query: query.text, total: ranked.count, offset: offset, limit: limit, works: works, facets: facetList.get())
        }
    }

    /// The facets of all matches: values by count (decades in order), at most `limit` a facet.
    static func facets(of ranked: [Scored], columns: WorkColumns, names: [FacetName], limit: Int) -> [Facet] {
        let counts = columns.countFacets(ranked.lazy.map(\.rowID), names: Set(names))
        return names.map { name in
            let values = (counts[name] ?? [:]).map { FacetCount(value: $0.key, count: $0.value) }
            let ordered = name == .decade
                ? values.sorted { (Int($0.value) ?? 0) < (Int($1.value) ?? 0) }
                : Array(values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }.prefix(max(0, limit)))
            return Facet(name: name, values: ordered)
        }
    }

    /// How many works match.
    public func count(_ query: SearchQuery) async throws -> Int {
        let plan = QueryPlan(query.root.flatMap(expansion.expand))
        return try await database.read { db in
            try Self.rank(plan, columns: try self.columnsCache.columns(db), db: db).count
        }
    }

    /// Every work matching a query, best first, in batches read as they are consumed (for exports of any size).
    ///
    /// The ranking is taken from one snapshot when the first batch is asked for; each batch's works are then read
    /// from the index as it is at that moment (a work removed meanwhile is left out).
    public func matches(_ query: SearchQuery, batchSize: Int = 500, language: String? = nil) -> SearchMatches {
        SearchMatches(index: self, plan: QueryPlan(query.root.flatMap(expansion.expand)), batchSize: max(1, batchSize), language: language)
    }

    // MARK: - Ranking

    /// A matching work and its score.
    struct Scored: Sendable {
        var rowID: Int64
        var score: Double
    }

    /// Every work the plan matches, with its score, in no particular order.
    static func rank(_ plan: QueryPlan, columns: WorkColumns, db: Database, helper: HelperConnection? = nil) throws -> [Scored] {
        var scored: [Scored] = []
        if let match = plan.match {
            let weighted = plan.scored
            try FullTextRanking.evaluate(match, weights: columnWeights, scored: weighted, columns: columns, db: db, helper: helper) { rowIDs, scores in
                scored.reserveCapacity(rowIDs.count)
                columns.boost.withUnsafeBufferPointer { boost in
                    for (rowID, score) in zip(rowIDs, scores) {
                        let index = Int(rowID)
                        guard index >= 0, index < boost.count, boost[index] > 0 else { continue }
                        scored.append(Scored(rowID: rowID, score: weighted ? -score * boost[index] : boost[index]))
                    }
                }
            }
        }
        var sets: [String: Set<Int64>] = [:]
        for condition in plan.conditions { try resolve(condition, into: &sets, columns: columns, db: db) }
        if plan.match == nil {
            // Without words, the candidates are the works an `id:` names when the query requires one, else all.
            var candidates: [Int64] = columns.rowIDs
            for condition in plan.conditions {
                guard case .id(let value) = condition, let rows = sets["i" + value] else { continue }
                candidates = rows.sorted()
                break
            }
            return candidates.compactMap { rowID in
                guard columns.contains(rowID), plan.conditions.allSatisfy({ holds($0, for: rowID, columns: columns, sets: sets) }) else { return nil }
                return Scored(rowID: rowID, score: columns.sourceBoost(rowID))
            }
        }
        guard !plan.conditions.isEmpty else { return scored }
        return scored.filter { candidate in
            plan.conditions.allSatisfy { holds($0, for: candidate.rowID, columns: columns, sets: sets) }
        }
    }

    /// Reads the work sets the conditions need (full-text matches, id look-ups), once each.
    private static func resolve(_ condition: QueryPlan.Condition, into sets: inout [String: Set<Int64>], columns: WorkColumns, db: Database) throws {
        switch condition {
        case .match(let expression):
            let key = "m" + expression.text
            if sets[key] == nil {
                var rows = Set<Int64>()
                try FullTextRanking.evaluate(expression, weights: columnWeights, scored: false, columns: columns, db: db) { rowIDs, _ in
                    rows.reserveCapacity(rowIDs.count)
                    for rowID in rowIDs { rows.insert(rowID) }
                }
                sets[key] = rows
            }
        case .id(let value):
            let key = "i" + value
            if sets[key] == nil {
                sets[key] = Set(try Int64.fetchAll(db, sql: "SELECT work FROM search_key WHERE key = ?", arguments: [value]))
            }
        case .and(let children), .or(let children):
            for child in children { try resolve(child, into: &sets, columns: columns, db: db) }
        case .not(let inner):
            try resolve(inner, into: &sets, columns: columns, db: db)
        case .date:
            break
        }
    }

    private static func holds(_ condition: QueryPlan.Condition, for rowID: Int64, columns: WorkColumns, sets: [String: Set<Int64>]) -> Bool {
        switch condition {
        case .match(let expression): sets["m" + expression.text]?.contains(rowID) ?? false
        case .id(let value): sets["i" + value]?.contains(rowID) ?? false
        case .date(let from, let to): columns.overlaps(rowID, from: from, to: to)
        case .and(let children): children.allSatisfy { holds($0, for: rowID, columns: columns, sets: sets) }
        case .or(let children): children.contains { holds($0, for: rowID, columns: columns, sets: sets) }
        case .not(let inner): !holds(inner, for: rowID, columns: columns, sets: sets)
        }
    }

    // MARK: - Results

    /// The results for ranked row ids, in their order; works no longer in the index are left out.
    static func hydrate(_ page: [Scored], firstRank: Int, language: String?, db: Database) throws -> [WorkResult] {
        guard !page.isEmpty else { return [] }
        var rows: [Int64: Row] = [:]
        // Cached statements: a page has the same size search after search, so the same SQL.
        for row in try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, work_id, provisional, source_count, summary FROM search_work WHERE id IN (\(databaseQuestionMarks(count: page.count)))"),
            arguments: StatementArguments(page.map(\.rowID)))
        {
            rows[row[0]] = row
        }
        var results: [WorkResult] = []
        for (offset, entry) in page.enumerated() {
            guard let row = rows[entry.rowID] else { continue }
            guard let summary = SummaryCoding.decode(row[4] as Data) else { continue }
            results.append(WorkResult(
                id: WorkID(row[1] as String), provisional: row[2], rank: firstRank + offset, score: (entry.score * 1000).rounded() / 1000,
                title: summary.title(language: language), date: summary.date, thumbnail: summary.thumbnail, sourceCount: row[3],
                records: summary.records, related: []))
        }
        let real = results.filter { !$0.provisional }.map(\.id.rawValue)
        guard !real.isEmpty else { return results }
        let marks = databaseQuestionMarks(count: real.count)
        var related: [String: [RelatedWork]] = [:]
        var others: Set<String> = []
        for row in try Row.fetchAll(
            db.cachedStatement(sql: "SELECT work_a, work_b, relation, score FROM work_relation WHERE work_a IN (\(marks)) UNION SELECT work_a, work_b, relation, score FROM work_relation WHERE work_b IN (\(marks))"),
            arguments: StatementArguments(real + real))
        {
            let a: String = row[0]
            let b: String = row[1]
            guard let relation = LinkRelation(rawValue: row[2]) else { continue }
            let score: Double = row[3]
            if real.contains(a) {
                related[a, default: []].append(RelatedWork(id: WorkID(b), relation: relation, direction: relation.isSymmetric ? .mutual : .derived, score: score, title: nil))
                others.insert(b)
            }
            if real.contains(b), b != a {
                related[b, default: []].append(RelatedWork(id: WorkID(a), relation: relation, direction: relation.isSymmetric ? .mutual : .original, score: score, title: nil))
                others.insert(a)
            }
        }
        var titles: [String: String] = [:]
        if !others.isEmpty {
            let list = Array(others)
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT work_id, title FROM search_work WHERE work_id IN (\(databaseQuestionMarks(count: list.count)))"), arguments: StatementArguments(list)) {
                if let title = row[1] as String? { titles[row[0]] = title }
            }
        }
        for index in results.indices {
            let list = related[results[index].id.rawValue] ?? []
            results[index].related = list.map { relation in
                var relation = relation
                relation.title = titles[relation.id.rawValue]
                return relation
            }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        }
        return results
    }
}

extension SearchIndex {
    /// The FTS5 MATCH expression that finds a query's candidates, nil when the query has no full-text part (only
    /// dates or ids, or nothing): for diagnostics, and for measuring SQLite's own share of a search.
    public func matchExpression(_ query: SearchQuery) -> String? {
        QueryPlan(query.root.flatMap(expansion.expand)).match?.text
    }
}

extension SearchIndex {
    /// SQLite's own share of a search, for benchmarks: the first `limit` row ids of the query's MATCH expression by
    /// BM25 with the same column weights — no expansion beyond the expression, no dates or ids, no counting, facets
    /// or grouping. A query without a full-text part reads `limit` rows of the work table.
    public func plainMatch(_ query: SearchQuery, limit: Int = 20) async throws -> [Int64] {
        let match = matchExpression(query)
        return try await database.read { db in
            if let match {
                try Int64.fetchAll(db, sql: "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY bm25(search_text, \(Self.columnWeightArguments)) LIMIT ?", arguments: [match, limit])
            } else {
                try Int64.fetchAll(db, sql: "SELECT id FROM search_work LIMIT ?", arguments: [limit])
            }
        }
    }
}

/// Facets handed from the thread that counts them to the search that waits for them.
private final class FacetTally: @unchecked Sendable {
    private let lock = NSLock()
    private var facets: [Facet] = []

    func set(_ facets: [Facet]) { lock.withLock { self.facets = facets } }
    func get() -> [Facet] { lock.withLock { facets } }
}
