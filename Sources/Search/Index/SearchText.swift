import Model

/// How text is cut into tokens for the index and for queries, the same way on both sides.
///
/// Text is folded (`TextFolding.fold`: case, diacritics, `ß` → `ss`) and split into runs of letters and digits,
/// which is how SQLite's `unicode61` tokenizer splits the folded text stored in the index.
enum SearchText {
    /// The folded tokens of `text`.
    static func tokens(_ text: String) -> [String] {
        if let ascii = asciiTokens(text) { return ascii }
        return TextFolding.fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The tokens of an ASCII text, read from its bytes (most catalogue text is ASCII, and folding it needs no
    /// Unicode tables); nil when the text has a byte outside ASCII.
    private static func asciiTokens(_ text: String) -> [String]? {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            case 0x80...:
                return nil
            default:
                if !current.isEmpty {
                    tokens.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    /// `text` folded and reduced to its tokens, ready to be stored in a text column.
    static func indexed(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }
}
