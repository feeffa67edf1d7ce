import GRDB

/// Every work matching a query, best first, as an asynchronous sequence of batches: pull-driven, so an export
/// reads the next batch only when it has written the last.
public struct SearchMatches: AsyncSequence, Sendable {
    public typealias Element = [WorkResult]

    let index: SearchIndex
    let plan: QueryPlan
    let batchSize: Int
    let language: String?

    public func makeAsyncIterator() -> Iterator {
        Iterator(matches: self)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let matches: SearchMatches
        var ranked: [SearchIndex.Scored]?
        var position = 0

        public mutating func next() async throws -> [WorkResult]? {
            let matches = self.matches
            if ranked == nil {
                ranked = try await matches.index.database.read { db in
                    let columns = try matches.index.columnsCache.columns(db)
                    return try SearchIndex.rank(matches.plan, columns: columns, db: db).sorted(by: TopK.before)
                }
            }
            guard let ranked else { return nil }
            while position < ranked.count {
                let slice = Array(ranked[position..<Swift.min(position + matches.batchSize, ranked.count)])
                let first = position + 1
                position += slice.count
                let batch = try await matches.index.database.read { db in
                    try SearchIndex.hydrate(slice, firstRank: first, language: matches.language, db: db)
                }
                if !batch.isEmpty { return batch }
            }
            return nil
        }
    }
}
