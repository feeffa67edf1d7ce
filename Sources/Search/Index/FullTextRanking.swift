import CSQLiteRank
import Foundation
import GRDB

/// A full-text expression's matches and their BM25 scores, evaluated phrase by phrase (see
/// `Sources/CSQLiteRank/evaluate.h`).
///
/// SQLite's `bm25()` runs once per matching row through the virtual machine, decodes every phrase's positions in the
/// row and reads the row's length from FTS5's `%_docsize` table: a third of a microsecond and a B-tree search a row,
/// most of a search's time when a query matches thousands of works. `oeuvre_evaluate()` walks each phrase once with
/// FTS5's own phrase iterator, combines the phrases' works as bitmaps, and scores what is left with the same formula
/// and IDFs, taking the works' lengths from ``RowLengths``, read once with the columns.
enum FullTextRanking {
    /// Every work matching `match` with its BM25 score under `weights` (one per column of `search_text`), handed to
    /// `visit` as row ids (ascending) and scores (`-score`: lower is better, as `bm25()` returns it; all 0 when
    /// `scored` is false) in two buffers of equal length.
    static func evaluate(
        _ match: CompiledMatch, weights: [Double], scored: Bool, columns: WorkColumns, db: Database, helper: HelperConnection? = nil,
        splitFrom: Int64 = sideBySideFrom, phraseByPhrase: Bool = false, _ visit: (UnsafeBufferPointer<Int64>, UnsafeBufferPointer<Double>) throws -> Void
    ) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the connection is closed") }
        try check(oeuvre_rank_install(connection), db: db)
        let program = match.steps.map { step -> oeuvre_match_op in
            switch step {
            case .phrase(let index): oeuvre_match_op(op: Int32(OEUVRE_OP_PHRASE), argument: Int32(index))
            case .and(let count): oeuvre_match_op(op: Int32(OEUVRE_OP_AND), argument: Int32(count))
            case .or(let count): oeuvre_match_op(op: Int32(OEUVRE_OP_OR), argument: Int32(count))
            case .not: oeuvre_match_op(op: Int32(OEUVRE_OP_NOT), argument: 0)
            }
        }
        // An expression of ORs is walked phrase by phrase, with its filters read from the columns as bitmaps. One with
        // AND or NOT is walked by FTS5 row by row (it skips through a long phrase the other side excludes), unless
        // the phrases' row counts, known from earlier searches of the same data, say that walking them is cheaper.
        let phraseCount = match.scoring.count
        var hits = match.phraseTexts.map { columns.phraseHits.count($0) ?? -1 }
        let known = hits
        var given = match.keyTokens.map { token in token.flatMap { columns.filters.rows($0, columns: columns) } }
        let expressionRows = match.combines && !phraseByPhrase && !phraseByPhraseIsCheaper(match, hits: known, given: given)
        if expressionRows {
            given = Array(repeating: nil, count: phraseCount)
        } else {
            // A phrase known to match nothing on this generation (a term of another language the catalogues never
            // use) is not walked: FTS5 would still read its words' position lists to find that out.
            for index in 0..<phraseCount where given[index] == nil && known[index] == 0 { given[index] = columns.noRows }
        }
        let walk = (0..<phraseCount).map { match.scoring[$0] && given[$0] == nil ? UInt8(1) : UInt8(0) }
        let givenPointers: [UnsafePointer<UInt64>?] = given.map { $0.map { UnsafePointer($0.words.baseAddress!) } }
        // Phrase by phrase with more than a few thousand rows to walk, half the phrases go to the helper connection.
        let shares = expressionRows ? nil : Self.shares(walking: (0..<phraseCount).filter { given[$0] == nil }, hits: known, count: phraseCount, from: splitFrom)
        let other = shares == nil ? nil : helper?.acquire()
        defer { if other != nil { helper?.release() } }
        let evaluationPointer = UnsafeMutablePointer<oeuvre_evaluation>.allocate(capacity: 1)
        evaluationPointer.initialize(to: oeuvre_evaluation())
        defer {
            oeuvre_evaluation_free(evaluationPointer)
            evaluationPointer.deallocate()
        }
        let generation = columns.generation
        let code = withExtendedLifetime(given) {
            program.withUnsafeBufferPointer { steps in
                weights.withUnsafeBufferPointer { weights in
                    walk.withUnsafeBufferPointer { walk in
                        givenPointers.withUnsafeBufferPointer { givenPointers in
                          hits.withUnsafeMutableBufferPointer { hits -> Int32 in
                            var evaluation = oeuvre_evaluation()
                            evaluation.rows = UnsafePointer(columns.lengths.pointer)
                            evaluation.program = steps.baseAddress
                            evaluation.programLength = Int32(steps.count)
                            evaluation.weights = weights.baseAddress
                            evaluation.weightCount = Int32(weights.count)
                            evaluation.score = scored ? 1 : 0
                            evaluation.walk = walk.baseAddress
                            evaluation.walkCount = Int32(walk.count)
                            evaluation.expressionRows = expressionRows ? 1 : 0
                            evaluation.given = givenPointers.baseAddress
                            evaluation.givenCount = Int32(givenPointers.count)
                            evaluation.phraseCount = Int32(phraseCount)
                            evaluation.hits = hits.baseAddress
                            evaluationPointer.pointee = evaluation
                            guard let other, let shares else {
                                return oeuvre_evaluate_match(connection, "search_text", match.text, evaluationPointer)
                            }
                            return Self.evaluateSideBySide(
                                evaluationPointer, match: match.text, connection: connection, helper: other, generation: generation, shares: shares,
                                helperConnection: helper)
                          }
                        }
                    }
                }
            }
        }
        try check(code, db: db)
        for (index, count) in hits.enumerated() where count >= 0 && known[index] < 0 { columns.phraseHits.store(match.phraseTexts[index], count) }
        let count = Int(evaluationPointer.pointee.count)
        guard count > 0 else { return try visit(UnsafeBufferPointer(start: nil, count: 0), UnsafeBufferPointer(start: nil, count: 0)) }
        try visit(
            UnsafeBufferPointer(start: evaluationPointer.pointee.rowids, count: count), UnsafeBufferPointer(start: evaluationPointer.pointee.scores, count: count))
    }

    /// Rows to walk below which a query's phrases are not split between connections (the helper's transaction and
    /// hand-over cost about a tenth of a millisecond).
    static let sideBySideFrom: Int64 = 4000

    /// The phrases to walk, in two shares of about the same number of rows (by the counts known from earlier
    /// searches; a phrase not yet counted weighs as much as the largest); nil when fewer than two phrases or rows
    /// not worth splitting.
    static func shares(walking phrases: [Int], hits: [Int64], count: Int, from threshold: Int64 = sideBySideFrom) -> (own: [UInt8], helper: [UInt8])? {
        guard phrases.count >= 2 else { return nil }
        let largest = max(1, phrases.map { hits[$0] }.max() ?? 1)
        let weights = phrases.map { hits[$0] >= 0 ? hits[$0] : largest }
        guard phrases.contains(where: { hits[$0] < 0 }) || weights.reduce(0, +) >= threshold else { return nil }
        var own = Array(repeating: UInt8(0), count: count)
        var helper = Array(repeating: UInt8(0), count: count)
        var ownLoad: Int64 = 0
        var helperLoad: Int64 = 0
        for (phrase, weight) in zip(phrases, weights).sorted(by: { $0.1 > $1.1 }) {
            if ownLoad <= helperLoad {
                own[phrase] = 1
                ownLoad += weight
            } else {
                helper[phrase] = 1
                helperLoad += weight
            }
        }
        return helperLoad > 0 ? (own, helper) : nil
    }

    /// Walks the phrases of `shares.own` on `connection` and those of `shares.helper` on the helper at the same time,
    /// then combines them; the helper's share is walked here too when the helper cannot (another generation, an error).
    private static func evaluateSideBySide(
        _ evaluation: UnsafeMutablePointer<oeuvre_evaluation>, match: String, connection: OpaquePointer, helper: OpaquePointer, generation: Int64,
        shares: (own: [UInt8], helper: [UInt8]), helperConnection: HelperConnection?
    ) -> Int32 {
        guard let phrases = oeuvre_evaluation_begin(evaluation) else { return SQLITE_NOMEM }
        return shares.own.withUnsafeBufferPointer { own in
            shares.helper.withUnsafeBufferPointer { helperShare in
                let done = DispatchGroup()
                let helperWalked = WalkOutcome()
                let helperAddress = helperShare.baseAddress!
                // The pointers stay valid until `done.wait()` below; the helper writes only its share's phrases.
                let walk = HelperWalk(connection: helper, evaluation: UnsafePointer(evaluation), phrases: phrases, share: helperAddress)
                DispatchQueue.global(qos: .userInitiated).async(group: done) {
                    helperWalked.set(HelperConnection.walk(
                        walk.connection, generation: generation, match: match, evaluation: walk.evaluation, phrases: walk.phrases, share: walk.share))
                }
                var rows: Int64 = 0
                var tokens: Int64 = 0
                var matched: Int32 = 0
                var code = oeuvre_evaluation_walk(connection, "search_text", match, evaluation, phrases, own.baseAddress, &rows, &tokens, &matched)
                done.wait()
                if helperWalked.get() { helperConnection?.countWalk() }
                if code == SQLITE_OK, matched != 0, !helperWalked.get() {
                    oeuvre_evaluation_reset(evaluation, phrases, helperAddress)
                    var moreRows: Int64 = 0
                    var moreTokens: Int64 = 0
                    var alsoMatched: Int32 = 0
                    code = oeuvre_evaluation_walk(connection, "search_text", match, evaluation, phrases, helperAddress, &moreRows, &moreTokens, &alsoMatched)
                }
                return oeuvre_evaluation_end(evaluation, phrases, rows, tokens, code, matched)
            }
        }
    }

    /// Costs measured on a million records: walking a phrase takes about 0.1 µs a row, FTS5's walk of an expression
    /// about 0.6 µs a matching row (plus a fraction of its phrases' rows, which it skips through).
    static func phraseByPhraseIsCheaper(_ match: CompiledMatch, hits: [Int64], given: [RowBitmap?]) -> Bool {
        var sizes: [Double] = []
        var walked = 0.0
        for index in match.scoring.indices {
            if let bitmap = given[index] {
                sizes.append(Double(bitmap.count))
            } else if hits[index] >= 0 {
                sizes.append(Double(hits[index]))
                walked += Double(hits[index])
            } else {
                return false
            }
        }
        // The works the expression matches, at most: an AND as its smallest side, an OR as the sum, a NOT as its left.
        var stack: [Double] = []
        for step in match.steps {
            switch step {
            case .phrase(let index):
                guard index < sizes.count else { return false }
                stack.append(sizes[index])
            case .and(let count), .or(let count):
                guard count >= 1, count <= stack.count else { return false }
                let operands = stack.suffix(count)
                stack.removeLast(count)
                if case .and = step { stack.append(operands.min() ?? 0) } else { stack.append(operands.reduce(0, +)) }
            case .not:
                guard stack.count >= 2 else { return false }
                stack.removeLast()
            }
        }
        guard let rows = stack.last else { return false }
        return 0.1 * walked < 0.6 * rows + 0.02 * walked
    }

    private static func check(_ code: Int32, db: Database) throws {
        guard code != 0 else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
    }
}

/// Each work's length in tokens in `search_text` (all columns), by row id; 0 for a row id without a document.
final class RowLengths: @unchecked Sendable {
    private let lengths: UnsafeMutableBufferPointer<UInt32>
    /// What `oeuvre_evaluate()` receives: the lengths and their count.
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

/// What the helper's thread needs, as plain addresses.
private struct HelperWalk: @unchecked Sendable {
    let connection: OpaquePointer
    let evaluation: UnsafePointer<oeuvre_evaluation>
    let phrases: UnsafeMutablePointer<oeuvre_phrase_rows>
    let share: UnsafePointer<UInt8>
}

/// Whether the helper's walk counted, handed from its thread.
private final class WalkOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var walked = false

    func set(_ value: Bool) { lock.withLock { walked = value } }
    func get() -> Bool { lock.withLock { walked } }
}

/// How many works each phrase searched so far matches, for the data one ``WorkColumns`` was read from (a new index
/// generation gets new columns, and so new counts): a phrase's IDF needs the count, which costs a walk of all its
/// works. Bounded: emptied when full.
final class PhraseHits: @unchecked Sendable {
    static let capacity = 16384
    private let lock = NSLock()
    private var counts: [String: Int64] = [:]

    func count(_ phrase: String) -> Int64? {
        lock.withLock { counts[phrase] }
    }

    func store(_ phrase: String, _ count: Int64) {
        lock.withLock {
            if counts.count >= Self.capacity { counts.removeAll(keepingCapacity: true) }
            counts[phrase] = count
        }
    }

    func removeAll() {
        lock.withLock { counts.removeAll() }
    }
}
