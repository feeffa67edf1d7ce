/// Splits query text into tokens; the only errors it finds are unclosed quotes.
enum QueryLexer {
    static func tokens(_ characters: [Character], query: String) throws(QueryError) -> [QueryToken] {
        var tokens: [QueryToken] = []
        var index = 0
        /// True when the previous token was a field name: the next word is its value, read whole (colons included).
        var valueExpected = false
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            let start = index
            switch character {
            case "(":
                tokens.append(QueryToken(kind: .openParenthesis, position: start))
                index += 1
                valueExpected = false
                continue
            case ")":
                tokens.append(QueryToken(kind: .closeParenthesis, position: start))
                index += 1
                valueExpected = false
                continue
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}":
                var end = index + 1
                while end < characters.count, !isQuote(characters[end]) { end += 1 }
                guard end < characters.count else {
                    throw QueryError(message: "this quote is not closed; close the phrase with a second \" or remove the quote", position: start, query: query)
                }
                var prefix = false
                index = end + 1
                if index < characters.count, characters[index] == "*" {
                    prefix = true
                    index += 1
                }
                tokens.append(QueryToken(kind: .phrase(String(characters[(start + 1)..<end]), prefix: prefix), position: start))
                valueExpected = false
                continue
            default:
                break
            }
            if character == "-", !valueExpected, index + 1 < characters.count, !characters[index + 1].isWhitespace, characters[index + 1] != ")" {
                tokens.append(QueryToken(kind: .not, position: start))
                index += 1
                continue
            }
            var end = index
            var fieldName: String?
            while end < characters.count {
                let next = characters[end]
                if next.isWhitespace || next == "(" || next == ")" || isQuote(next) { break }
                if next == ":", !valueExpected, fieldName == nil, end > start, characters[start..<end].allSatisfy({ $0.isLetter && $0.isASCII }) {
                    fieldName = String(characters[start..<end])
                    break
                }
                end += 1
            }
            if let fieldName {
                tokens.append(QueryToken(kind: .field(fieldName), position: start))
                index = end + 1
                valueExpected = true
                continue
            }
            let word = String(characters[start..<end])
            index = end
            if !valueExpected, word == "AND" || word == "OR" || word == "NOT" {
                tokens.append(QueryToken(kind: word == "AND" ? .and : word == "OR" ? .or : .not, position: start))
            } else {
                tokens.append(QueryToken(kind: .word(word), position: start))
            }
            valueExpected = false
        }
        return tokens
    }

    static func isQuote(_ character: Character) -> Bool {
        character == "\"" || character == "\u{201C}" || character == "\u{201D}" || character == "\u{201E}"
    }
}
