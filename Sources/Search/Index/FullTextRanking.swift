import CSQLiteRank
import Foundation
import GRDB

/// BM25 over the full-text table without a table read per match (see `Sources/CSQLiteRank/shim.h`).
///
/// SQLite's `bm25()` reads each matching work's length in tokens from FTS5's `%_docsize` table, one B-tree search per
/// match, and reads every match of every phrase to count the works that contain it (the IDF); those reads are most of
/// a search's time when a query matches thousands of works. `oeuvre_bm25()` gives the same score by the same formula,
/// but takes the lengths from ``RowLengths``, read once with the columns, and the IDFs of an expression searched
/// before on the same data from ``QueryStatistics``.
enum FullTextRanking {
    /// Phrases per expression whose IDFs are kept.
    static let phraseCapacity = 64

    /// Every work matching `match` (an FTS5 expression) with its BM25 score under the column weights, handed to `visit`
    /// as row ids and scores (`-score`: lower is better, as `bm25()` returns it) in two buffers of equal length.
    static func scores(
        _ match: String, weights: String, lengths: RowLengths, statistics: QueryStatistics?, db: Database,
        _ visit: (UnsafeBufferPointer<Int64>, UnsafeBufferPointer<Double>) throws -> Void
    ) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the connection is closed") }
        try check(oeuvre_rank_install(connection), db: db)
        let sql = "SELECT rowid, oeuvre_bm25(search_text, ?2, \(weights)) FROM search_text WHERE search_text MATCH ?1"
        let idf = UnsafeMutablePointer<Double>.allocate(capacity: phraseCapacity)
        defer { idf.deallocate() }
        var query = oeuvre_rank_query(
            rows: UnsafePointer(lengths.pointer), knownPhrases: 0, computedPhrases: 0, capacity: Int32(phraseCapacity), averageLength: 0, idf: idf)
        if let known = statistics?.entry(match), !known.idf.isEmpty, known.idf.count <= phraseCapacity {
            for (index, value) in known.idf.enumerated() { idf[index] = value }
            query.knownPhrases = Int32(known.idf.count)
            query.averageLength = known.averageLength
        }
        var results = oeuvre_rank_results()
        defer { oeuvre_rank_results_free(&results) }
        try check(oeuvre_rank_collect(connection, sql, match, &query, &results), db: db)
        if query.computedPhrases > 0 {
            statistics?.store(match, QueryStatistics.Entry(
                averageLength: query.averageLength, idf: Array(UnsafeBufferPointer(start: idf, count: Int(query.computedPhrases)))))
        }
        let count = Int(results.count)
        try visit(UnsafeBufferPointer(start: results.rowids, count: count), UnsafeBufferPointer(start: results.scores, count: count))
    }

    private static func check(_ code: Int32, db: Database) throws {
        guard code != 0 else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
    }
}

/// The average work length and each phrase's IDF of the expressions searched, for the data one ``WorkColumns`` was
/// read from (a new index generation gets new columns, and so new statistics). Bounded: emptied when full.
final class QueryStatistics: @unchecked Sendable {
    struct Entry {
        var averageLength: Double
        var idf: [Double]
    }

    static let capacity = 4096
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    func entry(_ match: String) -> Entry? {
        lock.withLock { entries[match] }
    }

    func store(_ match: String, _ entry: Entry) {
        lock.withLock {
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[match] = entry
        }
    }

    var count: Int { lock.withLock { entries.count } }

    func removeAll() {
        lock.withLock { entries.removeAll() }
    }
}

/// Each work's length in tokens in `search_text` (all columns), by row id; 0 for a row id without a document.
final class RowLengths: @unchecked Sendable {
    private let lengths: UnsafeMutableBufferPointer<UInt32>
    /// What `oeuvre_bm25()` receives: the lengths and their count.
    let pointer: UnsafeMutablePointer<oeuvre_row_lengths>

    /// Reads the lengths of row ids `0..<count` from FTS5's own `search_text_docsize` table.
    init(_ db: Database, count: Int) throws {
        lengths = .allocate(capacity: max(1, count))
        lengths.initialize(repeating: 0)
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: oeuvre_row_lengths(lengths: UnsafePointer(lengths.baseAddress), count: Int64(count)))
        guard let connection = db.sqliteConnection else { return }
        let code = oeuvre_rank_load_lengths(connection, "search_text_docsize", lengths.baseAddress, Int64(count))
        if code != 0 { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage) }
    }

    deinit {
        lengths.deallocate()
        pointer.deallocate()
    }
}
