import CSQLiteRank
import Foundation

/// A second read-only connection to the store, with which a search walks half of its phrases on the other core while
/// its own connection walks the rest (see `oeuvre_evaluation_walk` in `Sources/CSQLiteRank/evaluate.h`).
///
/// A walk on it is used only when it reads the same index generation as the search's own snapshot (every index
/// change moves the generation in the same transaction); otherwise, or while another search is using it, the search
/// walks all its phrases itself.
final class HelperConnection: @unchecked Sendable {
    private let lock = NSLock()
    private var connection: OpaquePointer?
    private var busy = false
    private let path: String
    /// Walks done on the helper (for tests).
    var walks: Int { lock.withLock { walkCount } }
    private var walkCount = 0

    init(path: String) {
        self.path = path
    }

    deinit {
        if let connection { sqlite3_close_v2(connection) }
    }

    /// Takes the connection for one walk; nil when another search has it or it cannot be opened.
    func acquire() -> OpaquePointer? {
        lock.withLock {
            guard !busy else { return nil }
            if connection == nil {
                var opened: OpaquePointer?
                if sqlite3_open_v2(path, &opened, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let opened,
                   oeuvre_rank_install(opened) == SQLITE_OK
                {
                    sqlite3_busy_timeout(opened, 5000)
                    connection = opened
                } else {
                    if let opened { sqlite3_close_v2(opened) }
                    return nil
                }
            }
            busy = true
            return connection
        }
    }

    func release() {
        lock.withLock { busy = false }
    }

    func countWalk() {
        lock.withLock { walkCount += 1 }
    }

    /// Walks `share` of the phrases on the helper, inside a read transaction that must see `generation`. Returns
    /// false (having walked nothing that counts) when the generation differs or the walk fails.
    static func walk(
        _ connection: OpaquePointer, generation: Int64, match: String, evaluation: UnsafePointer<oeuvre_evaluation>,
        phrases: UnsafeMutablePointer<oeuvre_phrase_rows>, share: UnsafePointer<UInt8>
    ) -> Bool {
        guard sqlite3_exec(connection, "BEGIN", nil, nil, nil) == SQLITE_OK else { return false }
        defer { sqlite3_exec(connection, "COMMIT", nil, nil, nil) }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "SELECT value FROM search_state WHERE key = 'generation'", -1, &statement, nil) == SQLITE_OK else { return false }
        var seen: Int64 = -1
        if sqlite3_step(statement) == SQLITE_ROW, let text = sqlite3_column_text(statement, 0) { seen = Int64(String(cString: text)) ?? -1 }
        sqlite3_finalize(statement)
        guard seen == generation else { return false }
        var rows: Int64 = 0
        var tokens: Int64 = 0
        var matched: Int32 = 0
        return oeuvre_evaluation_walk(connection, "search_text", match, evaluation, phrases, share, &rows, &tokens, &matched) == SQLITE_OK
    }
}
