import Model
import Search
import Store

/// The works an export takes, in batches: the search's matches for a query (rank order), or — when nothing is
/// asked for — every work of the store and then every record not yet in a work (id order), read straight from the
/// store snapshot so memory stays flat however large the store.
///
/// Pulled by one task at a time (`next()` is never called again before it has returned).
final class WorkSelection: @unchecked Sendable {
    private enum Mode {
        case everything(afterWork: String, afterRecord: RecordKey?, worksDone: Bool)
        case search(SearchMatches.Iterator)
    }

    private let snapshot: StoreSnapshot
    private let batchSize: Int
    private var mode: Mode
    private var finished = false

    init(snapshot: StoreSnapshot, query: SearchQuery?, index: SearchIndex, batchSize: Int) {
        self.snapshot = snapshot
        self.batchSize = batchSize
        if let query {
            mode = .search(index.matches(query, batchSize: batchSize).makeAsyncIterator())
        } else {
            mode = .everything(afterWork: "", afterRecord: nil, worksDone: false)
        }
    }

    /// The next batch; nil at the end.
    func next() async throws -> [WorkHandle]? {
        guard !finished else { return nil }
        switch mode {
        case .everything(let afterWork, let afterRecord, let worksDone):
            if !worksDone {
                let works = try await snapshot.works(after: afterWork, limit: batchSize)
                if let last = works.last {
                    mode = .everything(afterWork: last.id.rawValue, afterRecord: nil, worksDone: false)
                    return works.map { WorkHandle(id: $0.id, provisional: false, rank: nil, members: $0.members) }
                }
            }
            let keys = try await snapshot.unlinkedRecords(after: afterRecord, limit: batchSize)
            guard let last = keys.last else {
                finished = true
                return nil
            }
            mode = .everything(afterWork: afterWork, afterRecord: last, worksDone: true)
            return keys.map { WorkHandle(id: WorkID("r:\($0)"), provisional: true, rank: nil, members: [$0]) }
        case .search(var iterator):
            guard let results = try await iterator.next() else {
                finished = true
                return nil
            }
            mode = .search(iterator)
            // The store snapshot is the truth about members; the index's copy is used for works it no longer has.
            let stored = try await snapshot.members(of: results.filter { !$0.provisional }.map(\.id))
            return results.map { result in
                WorkHandle(id: result.id, provisional: result.provisional, rank: result.rank, members: stored[result.id] ?? result.recordKeys)
            }
        }
    }
}
