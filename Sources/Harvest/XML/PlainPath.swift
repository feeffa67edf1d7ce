import CLibXML2
import Foundation

/// An XPath made of plain steps (`lido:eventDate/lido:date/lido:earliestDate`, `..`, `.`, `@xml:lang` last), whose
/// child steps may carry predicates of the kinds mappings use: a position (`[1]`), and ORs of ANDs of attribute
/// tests and `starts-with(., '…')`, each optionally inside `not(…)`: `[@xml:lang or @lido:pref='alternate']`,
/// `[not(@lido:type) or @lido:type!='technique']`, `[starts-with(., 'http')][1]`. Walked over the tree directly
/// (`cxml_walk`) instead of through libxml2's XPath engine, which allocates objects and node sets for every
/// evaluation. Anything else (other functions, axes, `//`, `*`, unions) is nil: libxml2 evaluates it.
final class PlainPath: @unchecked Sendable {
    private(set) var steps: [cxml_step] = []
    /// The names, values, predicates and atoms the steps point to, owned here.
    private var strings: [UnsafeMutablePointer<xmlChar>] = []
    private var atomBuffers: [UnsafeMutablePointer<cxml_atom>] = []
    private var predicateBuffers: [UnsafeMutablePointer<cxml_predicate>] = []

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    init?(_ source: String, namespaces: [String: String]) {
        guard let parts = Self.steps(of: source) else { return nil }
        var sawChild = false
        for (index, part) in parts.enumerated() {
            switch part {
            case ".":
                steps.append(cxml_step(kind: 0, name: nil, href: nil, predicates: nil, predicateCount: 0))
            case "..":
                // Only before any child step, so a parent step never yields the same node twice.
                guard !sawChild else { return nil }
                steps.append(cxml_step(kind: 1, name: nil, href: nil, predicates: nil, predicateCount: 0))
            default:
                if part.hasPrefix("@") {
                    guard index == parts.count - 1, let (href, local) = Self.qualifiedName(part.dropFirst(), namespaces: namespaces) else { return nil }
                    steps.append(cxml_step(kind: 3, name: own(local), href: href.map(own), predicates: nil, predicateCount: 0))
                    continue
                }
                let open = part.firstIndex(of: "[") ?? part.endIndex
                guard let (href, local) = Self.qualifiedName(part[..<open], namespaces: namespaces),
                      let predicates = predicates(part[open...], namespaces: namespaces)
                else { return nil }
                let buffer = UnsafeMutablePointer<cxml_predicate>.allocate(capacity: max(1, predicates.count))
                buffer.initialize(from: predicates, count: predicates.count)
                predicateBuffers.append(buffer)
                steps.append(cxml_step(kind: 2, name: own(local), href: href.map(own), predicates: UnsafePointer(buffer), predicateCount: Int32(predicates.count)))
                sawChild = true
            }
        }
    }

    deinit {
        strings.forEach { free($0) }
        atomBuffers.forEach { $0.deallocate() }
        predicateBuffers.forEach { $0.deallocate() }
    }

    /// The path split at slashes outside brackets and quotes; nil for absolute paths, `//` and empty steps.
    private static func steps(of source: String) -> [Substring]? {
        var parts: [Substring] = []
        var depth = 0
        var quote: Character?
        var start = source.startIndex
        for index in source.indices {
            let character = source[index]
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"": quote = character
            case "[": depth += 1
            case "]": depth -= 1
            case "/" where depth == 0:
                parts.append(source[start..<index])
                start = source.index(after: index)
            default: break
            }
        }
        parts.append(source[start...])
        guard quote == nil, depth == 0, !parts.contains(where: \.isEmpty) else { return nil }
        return parts.map { $0.trimmingCharacters(in: .whitespaces)[...] }
    }

    /// `[1][@a='x' or not(@b)]…`: the predicates in order; nil when one is not of the supported kinds.
    private func predicates(_ text: Substring, namespaces: [String: String]) -> [cxml_predicate]? {
        var result: [cxml_predicate] = []
        var rest = text
        while !rest.isEmpty {
            guard rest.first == "[", let close = Self.closingBracket(in: rest) else { return nil }
            let body = rest[rest.index(after: rest.startIndex)..<close].trimmingCharacters(in: .whitespaces)
            rest = rest[rest.index(after: close)...]
            if let position = Int32(body) {
                guard position > 0 else { return nil }
                result.append(cxml_predicate(position: position, atoms: nil, atomCount: 0))
                continue
            }
            guard let atoms = PredicateParser(body, namespaces: namespaces, owner: self)?.atoms, !atoms.isEmpty else { return nil }
            let buffer = UnsafeMutablePointer<cxml_atom>.allocate(capacity: atoms.count)
            buffer.initialize(from: atoms, count: atoms.count)
            atomBuffers.append(buffer)
            result.append(cxml_predicate(position: 0, atoms: UnsafePointer(buffer), atomCount: Int32(atoms.count)))
        }
        return result
    }

    private static func closingBracket(in text: Substring) -> Substring.Index? {
        var quote: Character?
        for index in text.indices.dropFirst() {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "[" {
                return nil
            } else if character == "]" {
                return index
            }
        }
        return nil
    }

    /// The namespace URI (nil: none) and local name of `prefix:local` or `local`; nil when it is not a plain name.
    static func qualifiedName(_ text: Substring, namespaces: [String: String]) -> (String?, String)? {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count <= 2, pieces.allSatisfy(isName) else { return nil }
        guard pieces.count == 2 else { return (nil, String(pieces[0])) }
        let prefix = String(pieces[0])
        guard let uri = prefix == "xml" ? xmlNamespace : namespaces[prefix] else { return nil }
        return (uri, String(pieces[1]))
    }

    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    func own(_ text: String) -> UnsafePointer<xmlChar> {
        let copy = strdup(text)!
        let pointer = UnsafeMutableRawPointer(copy).assumingMemoryBound(to: xmlChar.self)
        strings.append(pointer)
        return UnsafePointer(pointer)
    }

    /// The nodes the path selects from `node`, in document order; nil when the walk cannot answer.
    func walk(from node: xmlNodePtr) -> [xmlNodePtr]? {
        let capacity = 256
        return withUnsafeTemporaryAllocation(of: xmlNodePtr?.self, capacity: 2 * capacity) { buffer -> [xmlNodePtr]? in
            guard let base = buffer.baseAddress else { return nil }
            let count = steps.withUnsafeBufferPointer { steps in
                cxml_walk(node, steps.baseAddress, Int32(steps.count), base, base + capacity, Int32(capacity))
            }
            guard count >= 0 else { return nil }
            return (0..<Int(count)).compactMap { base[$0] }
        }
    }
}

/// A predicate body such as `@xml:lang or @lido:pref='alternate'` or `not(@a) and starts-with(., 'http')` as
/// atoms in clauses (ORs of ANDs); nil when it holds anything else.
private struct PredicateParser {
    private(set) var atoms: [cxml_atom] = []
    private var tokens: [String]
    private var index = 0

    init?(_ text: String, namespaces: [String: String], owner: PlainPath) {
        guard let tokens = Self.tokenize(text) else { return nil }
        self.tokens = tokens
        var clause: Int32 = 0
        while true {
            guard let atom = parseAtom(namespaces: namespaces, owner: owner, clause: clause) else { return nil }
            atoms.append(atom)
            guard index < tokens.count else { break }
            switch tokens[index] {
            case "and": index += 1
            case "or":
                index += 1
                clause += 1
            default: return nil
            }
        }
    }

    private mutating func next() -> String? {
        guard index < tokens.count else { return nil }
        defer { index += 1 }
        return tokens[index]
    }

    private mutating func expect(_ token: String) -> Bool { next() == token }

    private mutating func parseAtom(namespaces: [String: String], owner: PlainPath, clause: Int32) -> cxml_atom? {
        if index < tokens.count, tokens[index] == "not", index + 1 < tokens.count, tokens[index + 1] == "(" {
            index += 2
            guard var atom = parseTest(namespaces: namespaces, owner: owner, clause: clause), expect(")") else { return nil }
            atom.negated = 1
            return atom
        }
        return parseTest(namespaces: namespaces, owner: owner, clause: clause)
    }

    private mutating func parseTest(namespaces: [String: String], owner: PlainPath, clause: Int32) -> cxml_atom? {
        guard let token = next() else { return nil }
        if token == "starts-with" {
            guard expect("("), expect("."), expect(","), let literal = next(), let value = Self.literal(literal), expect(")") else { return nil }
            return cxml_atom(kind: 3, name: nil, href: nil, value: owner.own(value), negated: 0, clause: clause)
        }
        guard token.hasPrefix("@"), let (href, local) = PlainPath.qualifiedName(token.dropFirst(), namespaces: namespaces) else { return nil }
        var atom = cxml_atom(kind: 0, name: owner.own(local), href: href.map(owner.own), value: nil, negated: 0, clause: clause)
        if index < tokens.count, tokens[index] == "=" || tokens[index] == "!=" {
            atom.kind = tokens[index] == "=" ? 1 : 2
            index += 1
            guard let literal = next(), let value = Self.literal(literal) else { return nil }
            atom.value = owner.own(value)
        }
        return atom
    }

    private static func literal(_ token: String) -> String? {
        guard token.count >= 2, let first = token.first, first == "'" || first == "\"", token.last == first else { return nil }
        return String(token.dropFirst().dropLast())
    }

    /// Names (with `@`, `:`, `-`, `.`), quoted literals, `(`, `)`, `,`, `=`, `!=`; nil on anything else.
    private static func tokenize(_ text: String) -> [String]? {
        var tokens: [String] = []
        var characters = Array(text)[...]
        while let character = characters.first {
            if character == " " { characters = characters.dropFirst(); continue }
            if character == "'" || character == "\"" {
                guard let end = characters.dropFirst().firstIndex(of: character) else { return nil }
                tokens.append(String(characters[characters.startIndex...end]))
                characters = characters[(end + 1)...]
            } else if "(),=".contains(character) {
                tokens.append(String(character))
                characters = characters.dropFirst()
            } else if character == "!" {
                guard characters.dropFirst().first == "=" else { return nil }
                tokens.append("!=")
                characters = characters.dropFirst(2)
            } else {
                let word = characters.prefix { $0.isLetter || $0.isNumber || "@:-_.".contains($0) }
                guard !word.isEmpty else { return nil }
                tokens.append(String(word))
                characters = characters.dropFirst(word.count)
            }
        }
        return tokens
    }
}
