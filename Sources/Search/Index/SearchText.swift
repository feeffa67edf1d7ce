import Model

/// How text is cut into tokens for the index and for queries, the same way on both sides.
///
/// Text is folded (`TextFolding.fold`: case, diacritics, `ß` → `ss`) and split into runs of letters and digits,
/// which is how SQLite's `unicode61` tokenizer splits the folded text stored in the index.
enum SearchText {
    /// The folded tokens of `text`.
    static func tokens(_ text: String) -> [String] {
        TextFolding.fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// `text` folded and reduced to its tokens, ready to be stored in a text column.
    static func indexed(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }
}
