import Model

/// Reads the query language into a ``QueryNode`` tree.
///
/// Precedence, tightest first: `NOT` (or a leading `-`), `OR`, then AND (written or implied by a space), so
/// `rubens kruisafneming OR descent` means rubens AND (kruisafneming OR descent), as web search engines read it.
/// Operators are upper case; `and`, `or` and `not` in lower case are words.
struct QueryParser {
    /// Longest query read, in characters.
    static let maximumLength = 1000
    /// Deepest nesting of parentheses.
    static let maximumDepth = 16
    /// Most words, phrases and filters in one query.
    static let maximumTerms = 64

    /// The fields, each with what it makes of its value.
    enum Field: String, CaseIterable {
        case creator, institution, type, qualifier, date, decade, has, source, id, title, subject, iconclass, description

        static let aliases: [String: Field] = ["artist": .creator, "agent": .creator, "museum": .institution]

        var textField: TextField? {
            switch self {
            case .creator: .creator
            case .institution: .institution
            case .title: .title
            case .subject, .iconclass: .subject
            case .description: .description
            default: nil
            }
        }

        static var listed: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }

    private let query: String
    private let characters: [Character]
    private var tokens: [QueryToken] = []
    private var index = 0
    private var depth = 0
    private var terms = 0

    init(_ query: String) {
        self.query = query
        self.characters = Array(query)
    }

    /// The tree; nil when the query names nothing to match (empty, or only punctuation), which matches every work.
    mutating func parse() throws(QueryError) -> QueryNode? {
        guard characters.count <= Self.maximumLength else {
            throw error("the query is \(characters.count) characters long; at most \(Self.maximumLength) are read", at: Self.maximumLength)
        }
        tokens = try QueryLexer.tokens(characters, query: query)
        let node = try parseAnd(field: nil)
        if let token = peek {
            // parseAnd stops only at a closing parenthesis it did not open.
            throw error("this closing parenthesis has no opening one", at: token.position)
        }
        return node
    }

    // MARK: - Grammar

    private var peek: QueryToken? { index < tokens.count ? tokens[index] : nil }

    private mutating func next() -> QueryToken {
        defer { index += 1 }
        return tokens[index]
    }

    /// and := or ( [AND] or )*
    private mutating func parseAnd(field: (Field, Int)?) throws(QueryError) -> QueryNode? {
        var children: [QueryNode] = []
        var operands = 0
        while let token = peek {
            switch token.kind {
            case .closeParenthesis:
                return Self.combine(children, and: true)
            case .and:
                index += 1
                guard operands > 0, let following = peek, following.startsOperand else {
                    throw error("AND needs a term on each side", at: token.position)
                }
            case .or:
                throw error("OR needs a term on each side", at: token.position)
            default:
                operands += 1
                if let child = try parseOr(field: field) { children.append(child) }
            }
        }
        return Self.combine(children, and: true)
    }

    /// or := unary ( OR unary )*
    private mutating func parseOr(field: (Field, Int)?) throws(QueryError) -> QueryNode? {
        var children: [QueryNode] = []
        if let first = try parseUnary(field: field) { children.append(first) }
        while let token = peek, token.kind == .or {
            index += 1
            guard let following = peek, following.startsOperand else {
                throw error("OR needs a term on each side", at: token.position)
            }
            if let child = try parseUnary(field: field) { children.append(child) }
        }
        return Self.combine(children, and: false)
    }

    /// unary := NOT unary | primary
    private mutating func parseUnary(field: (Field, Int)?) throws(QueryError) -> QueryNode? {
        guard let token = peek else { return nil }
        if token.kind == .not {
            index += 1
            guard let following = peek, following.startsOperand, following.kind != .closeParenthesis else {
                throw error("NOT needs a term after it", at: token.position)
            }
            return try parseUnary(field: field).map { .not($0) }
        }
        return try parsePrimary(field: field)
    }

    /// primary := ( and ) | field:value | "phrase" | word
    private mutating func parsePrimary(field: (Field, Int)?) throws(QueryError) -> QueryNode? {
        let token = next()
        switch token.kind {
        case .openParenthesis:
            depth += 1
            guard depth <= Self.maximumDepth else {
                throw error("parentheses are nested more than \(Self.maximumDepth) deep", at: token.position)
            }
            if let following = peek, following.kind == .closeParenthesis {
                throw error("these parentheses are empty", at: token.position)
            }
            let inner = try parseAnd(field: field)
            guard let closing = peek, closing.kind == .closeParenthesis else {
                throw error("this parenthesis is not closed", at: token.position)
            }
            index += 1
            depth -= 1
            return inner
        case .closeParenthesis:
            throw error("this closing parenthesis has no opening one", at: token.position)
        case .field(let name):
            if let (outer, _) = field {
                throw error("a field cannot stand inside the value of `\(outer.rawValue):`", at: token.position)
            }
            guard let named = Field(rawValue: name.lowercased()) ?? Field.aliases[name.lowercased()] else {
                throw error("unknown field `\(name):`; fields are \(Field.listed); to search for the text, put it in quotes", at: token.position)
            }
            guard let value = peek, value.startsOperand, value.kind != .not else {
                throw error("`\(name):` needs a value right after it", at: token.position)
            }
            if case .field = value.kind {
                throw error("`\(name):` needs a value right after it", at: token.position)
            }
            return try parsePrimary(field: (named, token.position))
        case .word(let word):
            return try leaf(word, phrase: false, prefix: word.hasSuffix("*"), position: token.position, field: field)
        case .phrase(let text, let prefix):
            return try leaf(text, phrase: true, prefix: prefix, position: token.position, field: field)
        case .and, .or, .not:
            // Unreachable: the callers consume operators before asking for a primary.
            throw error("an operator needs a term on each side", at: token.position)
        }
    }

    // MARK: - Leaves

    private mutating func leaf(_ raw: String, phrase: Bool, prefix: Bool, position: Int, field: (Field, Int)?) throws(QueryError) -> QueryNode? {
        terms += 1
        guard terms <= Self.maximumTerms else {
            throw error("the query has more than \(Self.maximumTerms) terms; search with fewer", at: position)
        }
        guard let (named, fieldPosition) = field else {
            if !phrase, let range = Self.yearRange(raw) { return .filter(.date(from: range.0, to: range.1)) }
            return Self.text(raw, prefix: prefix, exact: phrase, field: nil)
        }
        if let textField = named.textField {
            return Self.text(raw, prefix: prefix || named == .iconclass, exact: phrase, field: textField)
        }
        let value = raw.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else {
            throw error("`\(named.rawValue):` needs a value right after it", at: fieldPosition)
        }
        switch named {
        case .qualifier:
            guard let qualifier = QualifierNames.qualifier(named: value) else {
                throw error("unknown qualifier `\(value)`; use one of \(QualifierNames.listed)", at: position)
            }
            return .filter(.qualifier(qualifier))
        case .source:
            return .filter(.source(value.lowercased()))
        case .type:
            return .filter(.type(TextFolding.fold(value)))
        case .has:
            guard ["image", "images"].contains(TextFolding.fold(value)) else {
                throw error("`has:` takes `image`", at: position)
            }
            return .filter(.hasImage)
        case .id:
            return .filter(.id(value))
        case .date:
            guard let range = Self.yearRange(value) ?? Self.year(value).map({ ($0, $0) }) else {
                throw error("`date:\(value)` is not a year or a range of years; write date:1615 or date:1610..1620 (either end may be left out)", at: position)
            }
            if let from = range.0, let to = range.1, from > to {
                throw error("`date:\(value)` ends before it starts; write date:\(to)..\(from)", at: position)
            }
            return .filter(.date(from: range.0, to: range.1))
        case .decade:
            let digits = value.hasSuffix("s") ? String(value.dropLast()) : value
            guard let year = Self.year(digits), year % 10 == 0 else {
                throw error("`decade:\(value)` is not a decade; write decade:1610", at: position)
            }
            return .filter(.date(from: year, to: year + 9))
        default:
            return nil
        }
    }

    /// Articles and prepositions written elided before a word (`L'Adoration`, `d'Anvers`, `dell'Arte`).
    static let elisions: Set<String> = ["l", "d", "qu", "j", "s", "n", "m", "c", "dell", "all", "nell", "dall", "sull"]

    /// A word or phrase as a text match; nil when it has no letters or digits (`*`, `-`, `&`). An unquoted word loses
    /// its elided article (`L'Adoration` is `adoration`, which then finds the subject in every language).
    private static func text(_ raw: String, prefix: Bool, exact: Bool, field: TextField?) -> QueryNode? {
        var tokens = SearchText.tokens(raw)
        if !exact, tokens.count > 1, raw.contains(where: { $0 == "'" || $0 == "\u{2019}" }), elisions.contains(tokens[0]) {
            tokens.removeFirst()
        }
        guard !tokens.isEmpty else { return nil }
        return .text(TextMatch(tokens: tokens, prefix: prefix, exact: exact, field: field))
    }

    /// `1610..1620`, `1610..`, `..1620`; nil for anything else.
    static func yearRange(_ text: String) -> (Int?, Int?)? {
        guard let dots = text.range(of: "..") else { return nil }
        let from = String(text[..<dots.lowerBound])
        let to = String(text[dots.upperBound...])
        guard !(from.isEmpty && to.isEmpty) else { return nil }
        let lower = from.isEmpty ? nil : year(from)
        let upper = to.isEmpty ? nil : year(to)
        if !from.isEmpty, lower == nil { return nil }
        if !to.isEmpty, upper == nil { return nil }
        return (lower, upper)
    }

    /// A year of one to four digits, optionally negative.
    static func year(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// Children joined by AND or OR; nested groups of the same operator are flattened (`a (b c)` is `a b c`).
    private static func combine(_ children: [QueryNode], and: Bool) -> QueryNode? {
        let flat = children.flatMap { child -> [QueryNode] in
            switch child {
            case .and(let inner) where and: inner
            case .or(let inner) where !and: inner
            default: [child]
            }
        }
        switch flat.count {
        case 0: return nil
        case 1: return flat[0]
        default: return and ? .and(flat) : .or(flat)
        }
    }

    private func error(_ message: String, at position: Int) -> QueryError {
        QueryError(message: message, position: position, query: query)
    }
}
