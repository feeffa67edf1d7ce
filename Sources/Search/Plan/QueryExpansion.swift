import Model

/// Rewrites a parsed query with the mappings' vocabularies before it is planned: words that name an iconographic
/// concept become the concept's terms in every language (`Anbetung` → adoration, aanbidding, anbetung, adoratio),
/// stop words between unquoted words are dropped (`der`, `of the`), and `type:` values are mapped to the labels the
/// object-type vocabulary gives (`type:Gemälde` → `painting`), and `institution:` words also find the institutions one
/// of whose names in `link/institutions.csv` has them (`institution:anvers` → KMSKA).
///
/// Quoted phrases and prefixes (`Anbet*`) are left as written.
struct QueryExpansion: Sendable {
    let iconography: IconographyTable?
    /// Folded object-type term → folded label.
    let types: [String: String]
    let institutions: InstitutionNames
    /// The most tokens in one iconographic term.
    private let longestTerm: Int

    init(iconography: IconographyTable?, types: [String: String], institutions: InstitutionNames = .empty) {
        self.iconography = iconography
        self.types = types
        self.institutions = institutions
        longestTerm = iconography?.termsByConcept.values.joined().map { $0.split(separator: " ").count }.max() ?? 1
    }

    func expand(_ node: QueryNode) -> QueryNode? {
        switch node {
        case .text(let match) where match.field == .institution:
            // Any name of a known institution finds it, however its records write it.
            let ids = institutions.ids(matching: match.tokens, prefix: match.prefix)
            return ids.isEmpty ? node : .or([node] + ids.map { .filter(.institution($0)) })
        case .text:
            return Self.combine(expandRun([node]), and: true)
        case .filter(.type(let value)):
            return .filter(.type(types[value] ?? value))
        case .filter:
            return node
        case .not(let inner):
            return expand(inner).map { .not($0) }
        case .or(let children):
            return Self.combine(children.compactMap(expand), and: false)
        case .and(let children):
            var result: [QueryNode] = []
            var run: [QueryNode] = []
            for child in children {
                if Self.joinsRun(child) {
                    run.append(child)
                    continue
                }
                result += expandRun(run)
                run = []
                if let expanded = expand(child) { result.append(expanded) }
            }
            result += expandRun(run)
            return Self.combine(result, and: true)
        }
    }

    /// Single unquoted words (no prefix) in free text, titles or subjects: the words a concept can span.
    private static func joinsRun(_ node: QueryNode) -> Bool {
        guard case .text(let match) = node else { return false }
        return match.tokens.count == 1 && !match.exact && !match.prefix && [nil, .title, .subject].contains(match.field)
    }

    /// Expands a run of adjacent words (or a single text node of any kind).
    private func expandRun(_ run: [QueryNode]) -> [QueryNode] {
        guard !run.isEmpty else { return [] }
        guard run.allSatisfy(Self.joinsRun), let iconography else {
            return run.map { node in
                if case .text(let match) = node, !match.exact, !match.prefix, match.field != .creator, match.field != .institution, let iconography, match.tokens.count > 1,
                   let concept = iconography.concept(of: match.tokens.joined(separator: " ")) {
                    return conceptNode(concept, field: match.field)
                }
                return node
            }
        }
        var matches: [TextMatch] = run.compactMap { if case .text(let match) = $0 { match } else { nil } }
        // Runs are split where the field changes.
        var result: [QueryNode] = []
        while !matches.isEmpty {
            let field = matches[0].field
            let length = matches.prefix(while: { $0.field == field }).count
            let tokens = matches.prefix(length).map { $0.tokens[0] }
            matches.removeFirst(length)
            result += expandTokens(tokens, field: field, in: iconography)
        }
        return result
    }

    private func expandTokens(_ tokens: [String], field: TextField?, in iconography: IconographyTable) -> [QueryNode] {
        var nodes: [QueryNode] = []
        var words: [QueryNode] = []
        var stops: [QueryNode] = []
        var index = 0
        while index < tokens.count {
            var matched = false
            for length in stride(from: min(longestTerm, tokens.count - index), through: 1, by: -1) {
                if let concept = iconography.concept(of: tokens[index..<(index + length)].joined(separator: " ")) {
                    nodes.append(conceptNode(concept, field: field))
                    index += length
                    matched = true
                    break
                }
            }
            if matched { continue }
            let word = QueryNode.text(TextMatch(tokens: [tokens[index]], field: field))
            if iconography.stopWords.contains(tokens[index]) { stops.append(word) } else { words.append(word) }
            index += 1
        }
        // Stop words are dropped only when something else is left to find.
        return nodes.isEmpty && words.isEmpty ? stops : nodes + words
    }

    /// The terms of a concept, as phrases; a term that contains a shorter term of the same concept is left out
    /// (`drie koningen` when `koningen` is there), as the shorter one finds it.
    private func conceptNode(_ concept: String, field: TextField?) -> QueryNode {
        let terms = Array(Set(iconography?.termsByConcept[concept] ?? [])).map { $0.split(separator: " ").map(String.init) }
        let kept = terms.filter { term in
            !terms.contains { other in other.count < term.count && Self.contains(term, other) }
        }.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
        let nodes = kept.map { QueryNode.text(TextMatch(tokens: $0, exact: true, field: field)) }
        return nodes.count == 1 ? nodes[0] : .or(nodes)
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle { return true }
        return false
    }

    private static func combine(_ children: [QueryNode], and: Bool) -> QueryNode? {
        switch children.count {
        case 0: nil
        case 1: children[0]
        default: and ? .and(children) : .or(children)
        }
    }
}
