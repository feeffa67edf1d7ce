import CSQLiteRank
import GRDB

/// BM25 over the full-text table without a table read per match (see `Sources/CSQLiteRank/shim.h`).
///
/// SQLite's `bm25()` reads each matching work's length in tokens from FTS5's `%_docsize` table, one B-tree search per
/// match; that is most of a search's time when a query matches thousands of works. `oeuvre_bm25()` gives the same
/// score by the same formula, but takes the lengths from ``RowLengths``, read once with the columns.
enum FullTextRanking {
    /// Every work matching `match` (an FTS5 expression) with its BM25 score (higher is better) under the column weights.
    static func scores(_ match: String, weights: String, lengths: RowLengths, db: Database, _ visit: (Int64, Double) -> Void) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the connection is closed") }
        try check(oeuvre_rank_install(connection), db: db)
        let sql = "SELECT rowid, oeuvre_bm25(search_text, ?2, \(weights)) FROM search_text WHERE search_text MATCH ?1"
        try withoutActuallyEscaping(visit) { visit in
            var sink = Sink(visit: visit)
            try withUnsafeMutablePointer(to: &sink) { pointer in
                let code = oeuvre_rank_run(connection, sql, match, lengths.pointer, pointer) { context, rowID, score in
                    context!.assumingMemoryBound(to: Sink.self).pointee.visit(rowID, -score)
                }
                try check(code, db: db)
            }
        }
    }

    private struct Sink {
        var visit: (Int64, Double) -> Void
    }

    private static func check(_ code: Int32, db: Database) throws {
        guard code != 0 else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
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
