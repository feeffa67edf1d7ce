/// A full-text MATCH expression as FTS5 reads it, and the same expression as steps over its phrases, with which the
/// search evaluates it phrase by phrase (see `Sources/CSQLiteRank/evaluate.h`).
struct CompiledMatch: Sendable, Hashable {
    /// One step in postfix order: push a phrase's works (phrases numbered in the order the text names them, as FTS5
    /// numbers them), or combine the works on top.
    enum Step: Sendable, Hashable {
        case phrase(Int)
        /// The intersection of the top `n`.
        case and(Int)
        /// The union of the top `n`.
        case or(Int)
        /// The next-to-top without the top.
        case not
    }

    var text: String
    var steps: [Step]
    /// By phrase: true when the phrase adds to a work's score (a word or phrase outside a NOT; filters do not).
    var scoring: [Bool]
    /// By phrase: the `keys` token of a filter (`qualifier:`, `type:`…), nil for words.
    var keyTokens: [String?]
    /// By phrase: its text in the expression (`{agent} : "rubens"`), which names it across queries.
    var phraseTexts: [String]

    /// True when the expression has an AND or a NOT.
    var combines: Bool {
        steps.contains { if case .and = $0 { true } else if case .not = $0 { true } else { false } }
    }
}
