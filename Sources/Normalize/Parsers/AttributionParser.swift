import Foundation
import Model

/// Reads a free-text attribution (`atelier van Rubens`, `Kopie nach Rubens`, `Rubens und Werkstatt`,
/// `P.P. Rubens pinx.`) into agent credits with an ``AttributionQualifier``.
///
/// * A qualifier before the name (`toegeschreven aan`, `Werkstatt des`, `d'après`, `circle of`, …, see
///   ``QualifierVocabulary``) applies to every name that follows.
/// * A qualifier after the name (`Rubens, zugeschrieben`, `Rubens, Peter Paul, workshop`) or in parentheses
///   (`Rubens, Peter Paul (workshop)`, `(copy after)`) applies to that name. A question mark (`Rubens (?)`, `Rubens?`)
///   makes an otherwise unqualified credit ``AttributionQualifier/attributedTo``; `(and workshop)` reads as
///   `and workshop`. A generation numeral (`Teniers, David (II)`) stays in the name. Other parentheses (life dates,
///   `(engraved by Lucas Vorsterman)`) are dropped.
/// * Names joined by `and`, `en`, `und`, `et` or `&` are collaborators (``AttributionQualifier/inCollaborationWith``);
///   a joined workshop word (`Rubens and workshop`, `Rubens en atelier`) gives the named agent as autograph plus a
///   second credit for the same name with ``AttributionQualifier/workshopOf``.
/// * Latin print inscriptions: `pinxit`/`pinx.` and `fecit` are autograph; `invenit`/`inv.` and `delineavit`/`delin.`
///   mean the print is after the named designer (``AttributionQualifier/after``); `sculpsit`/`sculp.`/`sc.` and `incidit`
///   are autograph with role `engraver`; `excudit`/`exc.` autograph with role `publisher`. Several inscriptions in one
///   text (`Rubens pinxit, Vorsterman sculpsit`) give one credit each. `ex officina Rubeniana` is the workshop of Rubens.
/// * A role phrase after the attribution (`engraved by`, `gegraveerd door`, `gestochen von`, `gravé par`,
///   `published by`, `verlegt von`, …) adds an autograph credit with that role (`engraver`, `etcher`, `publisher`,
///   `printer`) for the names after it: `after Rubens, engraved by Schelte à Bolswert`.
///
/// Every credit has `display` = the trimmed text, no authority identifiers and, apart from the Latin engraver and
/// publisher verbs, no role. Names are cleaned of parentheses, dangling articles (`des`, `der`, `of`, `the`) and
/// trailing punctuation; name particles such as `van`, `de`, `von` are kept (`van Dyck`).
public enum AttributionParser {
    /// Parses `text` into zero or more credits; text that names no agent (`zugeschrieben`, empty) gives none.
    public static func parse(_ text: String) -> [AgentCredit] {
        let display = TextFolding.trim(text)
        guard !display.isEmpty else { return [] }

        // Parentheses and brackets: a qualifier, a question mark, or something to drop. A generation numeral
        // (`Teniers, David (II)`) is part of the name: it is kept behind private-use marks that cleanName restores.
        var working = generation.replacing(in: display, with: "\u{E000}$1\u{E001}")
        var bracketQualifier: AttributionQualifier?
        var uncertain = false
        while let m = bracket.firstMatch(in: working) {
            let inner = TextFolding.trim(m[1] ?? "")
            let firstWord = inner.split(separator: " ").first.map { QualifierVocabulary.key(String($0)) } ?? ""
            if inner.isEmpty || inner.allSatisfy({ $0 == "?" }) {
                uncertain = true
            } else if conjunctions.contains(firstWord) {
                // `Rubens (and workshop)` reads as `Rubens and workshop`.
                working.replaceSubrange(m.range, with: " " + inner + " ")
                continue
            } else if let q = QualifierVocabulary.qualifier(for: inner) {
                bracketQualifier = bracketQualifier ?? q
            }
            working.replaceSubrange(m.range, with: " ")
        }
        if working.contains("?") {
            uncertain = true
            working = working.replacingOccurrences(of: "?", with: " ")
        }

        let tokens = working.split(whereSeparator: { $0.isWhitespace }).map { Token(String($0)) }
        let (main, roleParts) = splitRolePhrases(tokens)
        var result: [AgentCredit] = []
        for piece in latinPieces(main) where !piece.tokens.allSatisfy({ conjunctions.contains($0.key) }) {
            result += credits(
                for: piece.tokens, verb: piece.verb, bracketQualifier: bracketQualifier, uncertain: uncertain,
                display: display)
        }
        // `…, engraved by Schelte à Bolswert`: the named printmakers, autograph in their role.
        for (role, part) in roleParts {
            var names: [[Token]] = [[]]
            for token in part {
                if conjunctions.contains(token.key), let current = names.last, !current.isEmpty {
                    names.append([])
                } else {
                    names[names.count - 1].append(token)
                }
            }
            for nameTokens in names {
                let name = cleanName(nameTokens.map(\.original).joined(separator: " "))
                if !name.isEmpty {
                    result.append(AgentCredit(name: name, display: display, role: role, qualifier: .autograph))
                }
            }
        }
        return result
    }

    /// Role phrases that introduce a printmaker or publisher after the main attribution.
    private static let rolePhrases: [([String], String)] = [
        (["engraved", "by"], "engraver"), (["engr", "by"], "engraver"), (["gegraveerd", "door"], "engraver"),
        (["gestoken", "door"], "engraver"), (["gestochen", "von"], "engraver"), (["gestochen", "durch"], "engraver"),
        (["grave", "par"], "engraver"),
        (["etched", "by"], "etcher"), (["geetst", "door"], "etcher"), (["radiert", "von"], "etcher"),
        (["published", "by"], "publisher"), (["uitgegeven", "door"], "publisher"), (["verlegt", "von"], "publisher"),
        (["verlegt", "bei"], "publisher"), (["edite", "par"], "publisher"),
        (["printed", "by"], "printer"), (["gedrukt", "door"], "printer"), (["gedruckt", "von"], "printer"),
        (["imprime", "par"], "printer"),
    ]

    /// Splits off `engraved by X`, `published by Y` (after at least one token of main attribution).
    private static func splitRolePhrases(_ tokens: [Token]) -> (main: [Token], roles: [(String, [Token])]) {
        var main: [Token] = []
        var roles: [(String, [Token])] = []
        var index = 0
        while index < tokens.count {
            let rest = tokens[index...].map(\.key)
            if index > 0, let (phrase, role) = rolePhrases.first(where: { rest.starts(with: $0.0) }) {
                roles.append((role, []))
                index += phrase.count
                continue
            }
            if roles.isEmpty {
                main.append(tokens[index])
            } else {
                roles[roles.count - 1].1.append(tokens[index])
            }
            index += 1
        }
        return (main, roles)
    }

    // MARK: - Pieces

    private static let bracket = Pattern(#"[(\[]([^()\[\]]*)[)\]]"#)
    /// A generation numeral in parentheses, `(I)` to `(X)`, as authority names write it (`Brueghel, Jan (II)`).
    private static let generation = Pattern(#"\((I{1,3}|IV|VI{0,3}|IX|X)\)"#)

    private struct Token {
        let original: String
        let key: String
        init(_ original: String) {
            self.original = original
            self.key = QualifierVocabulary.key(original)
        }
        /// True when the token ends with punctuation that closes an inscription (`pinx.,`).
        var closesInscription: Bool { original.last.map { ".,;:/".contains($0) } ?? false }
    }

    private struct LatinVerb {
        let qualifier: AttributionQualifier
        let role: String?
    }

    private static let latinVerbs: [String: LatinVerb] = {
        var verbs: [String: LatinVerb] = [:]
        for v in ["pinxit", "pinx", "pinxt", "pinxet", "pinxerunt", "fecit", "fec"] {
            verbs[v] = LatinVerb(qualifier: .autograph, role: nil)
        }
        for v in ["invenit", "inv", "invent", "inven", "delineavit", "delin", "delineav", "delt", "del"] {
            verbs[v] = LatinVerb(qualifier: .after, role: nil)
        }
        for v in ["sculpsit", "sculp", "sculps", "sculpt", "sc", "sculpserunt", "incidit", "incid"] {
            verbs[v] = LatinVerb(qualifier: .autograph, role: "engraver")
        }
        for v in ["excudit", "excud", "exc", "excudebat"] {
            verbs[v] = LatinVerb(qualifier: .autograph, role: "publisher")
        }
        return verbs
    }()

    /// Latin adjectives of workshop inscriptions and the name they stand for.
    private static let latinAdjectives: [String: String] = [
        "rubeniana": "Rubens", "rubenianus": "Rubens", "rubenianum": "Rubens", "rubeniano": "Rubens",
        "plantiniana": "Plantin", "moretiana": "Moretus",
    ]

    /// Splits Latin inscriptions: each piece ends with its verb. Without a final Latin verb the text is one piece.
    private static func latinPieces(_ tokens: [Token]) -> [(tokens: [Token], verb: LatinVerb?)] {
        guard let last = tokens.last, tokens.count > 1, let lastVerb = latinVerbs[last.key] else {
            return [(tokens, nil)]
        }
        var pieces: [(tokens: [Token], verb: LatinVerb?)] = []
        var current: [Token] = []
        for (index, token) in tokens.enumerated() {
            if index == tokens.count - 1 {
                pieces.append((current, lastVerb))
            } else if let verb = latinVerbs[token.key], token.closesInscription, !current.isEmpty {
                pieces.append((current, verb))
                current = []
            } else {
                current.append(token)
            }
        }
        return pieces
    }

    private static let conjunctions: Set<String> = ["and", "en", "und", "et", "&"]
    private static let articles: Set<String> = ["des", "der", "dem", "of", "the", "du"]
    private static let possessives: Set<String> = ["his", "zijn", "haar", "her", "seiner", "sein", "seine", "son", "sa"]

    private static func credits(
        for tokens: [Token], verb: LatinVerb?, bracketQualifier: AttributionQualifier?, uncertain: Bool,
        display: String
    ) -> [AgentCredit] {
        var rest = tokens[...]
        var prefixQualifier: AttributionQualifier?
        // The longest qualifier phrase at the start that still leaves a name.
        for length in stride(from: min(5, rest.count - 1), through: 1, by: -1) {
            let phrase = rest.prefix(length).map(\.key).joined(separator: " ")
            if let q = QualifierVocabulary.terms[phrase] {
                prefixQualifier = q
                rest = rest.dropFirst(length)
                break
            }
        }
        while rest.count > 1, let first = rest.first, articles.contains(first.key) { rest = rest.dropFirst() }

        // Split at conjunctions.
        var parts: [[Token]] = [[]]
        for token in rest {
            if conjunctions.contains(token.key), let current = parts.last, !current.isEmpty {
                parts.append([])
            } else {
                parts[parts.count - 1].append(token)
            }
        }
        parts = parts.filter { !$0.isEmpty }

        // Each part is a name (with an optional qualifier after it) or only a qualifier word.
        var entries: [(name: String?, qualifier: AttributionQualifier?)] = []
        for var part in parts {
            while part.count > 1, let first = part.first, possessives.contains(first.key) { part.removeFirst() }
            let whole = part.map(\.key).joined(separator: " ")
            if let q = QualifierVocabulary.terms[whole] {
                entries.append((nil, q))
                continue
            }
            var suffixQualifier: AttributionQualifier?
            for length in stride(from: min(3, part.count - 1), through: 1, by: -1) {
                let phrase = part.suffix(length).map(\.key).joined(separator: " ")
                if let q = QualifierVocabulary.terms[phrase] {
                    suffixQualifier = q
                    part.removeLast(length)
                    break
                }
            }
            let name = cleanName(part.map(\.original).joined(separator: " "))
            if !name.isEmpty { entries.append((name, suffixQualifier)) }
        }

        let namedCount = entries.filter { $0.name != nil }.count
        var credits: [AgentCredit] = []
        var previousName: String?
        for entry in entries {
            guard let name = entry.name else {
                // `and workshop`: a second credit for the name before.
                if let previousName, let q = entry.qualifier {
                    credits.append(AgentCredit(name: previousName, display: display, qualifier: q))
                }
                continue
            }
            var qualifier: AttributionQualifier
            if let q = prefixQualifier ?? entry.qualifier {
                qualifier = q
            } else if namedCount > 1 {
                qualifier = .inCollaborationWith
            } else {
                qualifier = bracketQualifier ?? verb?.qualifier ?? .autograph
            }
            if uncertain && qualifier == .autograph { qualifier = .attributedTo }
            credits.append(AgentCredit(name: name, display: display, role: verb?.role, qualifier: qualifier))
            previousName = name
        }
        return credits
    }

    /// Removes surrounding punctuation and quotes, a final full stop after a word (not after an initial such as
    /// `d. Ä.`), and maps Latin workshop adjectives (`Rubeniana`) to the name.
    static func cleanName(_ raw: String) -> String {
        var name = TextFolding.collapseWhitespace(raw.replacingOccurrences(of: "\u{E000}", with: "(").replacingOccurrences(of: "\u{E001}", with: ")"))
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:/|-–\"'“”„«»"))
        if name.hasSuffix("."), let lastWord = name.dropLast().split(separator: " ").last,
           lastWord.count >= 3, !lastWord.contains(".")
        {
            name.removeLast()
        }
        if let mapped = latinAdjectives[TextFolding.fold(name)] { return mapped }
        return name
    }
}
