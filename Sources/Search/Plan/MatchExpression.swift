/// Writes the full-text part of a query as an FTS5 MATCH expression.
///
/// Nothing the user typed reaches FTS5's syntax: every word is one of the folded tokens (letters and digits only)
/// and is written inside double quotes; column names, operators and parentheses come from this file alone.
enum MatchExpression {
    /// True when the node can be answered by the full-text index alone.
    static func isText(_ node: QueryNode) -> Bool {
        switch node {
        case .text: return true
        case .filter(.date), .filter(.id): return false
        case .filter: return true
        case .or(let children): return children.allSatisfy { if case .not = $0 { false } else { isText($0) } }
        case .and(let children):
            var positive = false
            for child in children {
                if case .not(let inner) = child {
                    guard isText(inner) else { return false }
                } else {
                    guard isText(child) else { return false }
                    positive = true
                }
            }
            return positive
        case .not: return false
        }
    }

    /// True when a match contributes to BM25: a word or phrase outside a NOT (filters sit in a weight-0 column).
    static func scores(_ node: QueryNode) -> Bool {
        switch node {
        case .text: true
        case .filter, .not: false
        case .and(let children), .or(let children): children.contains(where: scores)
        }
    }

    /// The MATCH expression of a node for which ``isText(_:)`` holds, with its structure.
    static func compile(_ node: QueryNode) -> CompiledMatch {
        var steps: [CompiledMatch.Step] = []
        var phrases = Phrases()
        let text = write(node, negated: false, steps: &steps, phrases: &phrases)
        return CompiledMatch(text: text, steps: steps, scoring: phrases.scoring, keyTokens: phrases.keyTokens, phraseTexts: phrases.texts)
    }

    /// What is known of the phrases written so far, in the order of the text (as FTS5 numbers them).
    private struct Phrases {
        var scoring: [Bool] = []
        var keyTokens: [String?] = []
        var texts: [String] = []

        mutating func append(_ text: String, scoring: Bool, keyToken: String?) -> Int {
            self.scoring.append(scoring)
            keyTokens.append(keyToken)
            texts.append(text)
            return self.scoring.count - 1
        }
    }

    /// Writes `node` and appends its steps and its phrases.
    private static func write(_ node: QueryNode, negated: Bool, steps: inout [CompiledMatch.Step], phrases: inout Phrases) -> String {
        switch node {
        case .text(let match):
            var phrase = quote(match.tokens.joined(separator: " ")) + (match.prefix ? " *" : "")
            if let field = match.field { phrase = "{\(column(field))} : \(phrase)" }
            steps.append(.phrase(phrases.append(phrase, scoring: !negated, keyToken: nil)))
            return phrase
        case .filter(let filter):
            let phrase = "{keys} : \(quote(token(filter)))"
            steps.append(.phrase(phrases.append(phrase, scoring: false, keyToken: token(filter))))
            return phrase
        case .or(let children):
            let parts = children.map { write($0, negated: negated, steps: &steps, phrases: &phrases) }
            if parts.count > 1 { steps.append(.or(parts.count)) }
            return "(" + parts.joined(separator: " OR ") + ")"
        case .and(let children):
            var positive: [String] = []
            for child in children {
                if case .not = child { continue }
                positive.append(write(child, negated: negated, steps: &steps, phrases: &phrases))
            }
            if positive.count > 1 { steps.append(.and(positive.count)) }
            var negative: [String] = []
            for child in children {
                guard case .not(let inner) = child else { continue }
                negative.append(write(inner, negated: !negated, steps: &steps, phrases: &phrases))
                steps.append(.not)
            }
            return "(" + positive.joined(separator: " AND ") + ")" + negative.map { " NOT " + $0 }.joined()
        case .not(let inner):
            // Only reached inside `and`, which writes its NOTs itself.
            return write(inner, negated: !negated, steps: &steps, phrases: &phrases)
        }
    }

    static func column(_ field: TextField) -> String {
        switch field {
        case .title: WorkDocument.Column.title.name
        case .creator: WorkDocument.Column.agent.name
        case .subject: WorkDocument.Column.subject.name
        case .description: WorkDocument.Column.description.name
        case .institution: WorkDocument.Column.institution.name
        }
    }

    private static func token(_ filter: QueryFilter) -> String {
        switch filter {
        case .qualifier(let qualifier): KeyToken.qualifier(qualifier.rawValue)
        case .source(let id): KeyToken.source(id)
        case .type(let label): KeyToken.type(label)
        case .hasImage: KeyToken.hasImage
        case .institution(let id): KeyToken.institution(id)
        case .date, .id: ""
        }
    }

    /// A string as an FTS5 string literal: in double quotes, inner quotes doubled.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
