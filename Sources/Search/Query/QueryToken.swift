/// A token of the query language, with the character position it starts at.
struct QueryToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case openParenthesis, closeParenthesis
        case and, or, not
        /// An unquoted word as typed (may end in `*`).
        case word(String)
        /// A quoted phrase without its quotes; `prefix` when a `*` follows the closing quote.
        case phrase(String, prefix: Bool)
        /// `name:` — a field name; its value is the next token.
        case field(String)
    }

    var kind: Kind
    var position: Int

    /// True for tokens that can start an operand.
    var startsOperand: Bool {
        switch kind {
        case .closeParenthesis, .and, .or: false
        default: true
        }
    }
}
