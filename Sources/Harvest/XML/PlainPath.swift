import CLibXML2
import Foundation

/// An XPath made only of plain steps (`lido:eventDate/lido:date/lido:earliestDate`, `lido:term[1]`, `..`, `.`,
/// `@xml:lang` last), walked over the tree directly (`cxml_walk`) instead of through libxml2's XPath engine, which
/// allocates objects and node sets for every evaluation. Anything else (functions, other predicates, axes, `//`,
/// `*`, unions) is nil: libxml2 evaluates it.
final class PlainPath: @unchecked Sendable {
    private(set) var steps: [cxml_step] = []
    /// The names and namespace URIs the steps point to, owned here.
    private var strings: [UnsafeMutablePointer<xmlChar>] = []

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    init?(_ source: String, namespaces: [String: String]) {
        guard !source.isEmpty, !source.hasPrefix("/"), !source.hasSuffix("/"), !source.contains("//") else { return nil }
        let parts = source.split(separator: "/", omittingEmptySubsequences: false)
        var sawChild = false
        for (index, part) in parts.enumerated() {
            switch part {
            case ".":
                steps.append(cxml_step(kind: 0, name: nil, href: nil, position: 0))
            case "..":
                // Only before any child step, so a parent step never yields the same node twice.
                guard !sawChild else { return nil }
                steps.append(cxml_step(kind: 1, name: nil, href: nil, position: 0))
            default:
                var text = Substring(part)
                var kind: Int32 = 2
                var position: Int32 = 0
                if text.hasPrefix("@") {
                    guard index == parts.count - 1 else { return nil }
                    kind = 3
                    text = text.dropFirst()
                } else if let open = text.firstIndex(of: "[") {
                    guard text.hasSuffix("]"), let number = Int32(text[text.index(after: open)..<text.index(before: text.endIndex)]), number > 0 else { return nil }
                    position = number
                    text = text[..<open]
                }
                guard let (href, local) = Self.qualifiedName(text, namespaces: namespaces) else { return nil }
                steps.append(cxml_step(kind: kind, name: own(local), href: href.map(own), position: position))
                sawChild = sawChild || kind == 2
            }
        }
    }

    deinit { strings.forEach { free($0) } }

    /// The namespace URI (nil: none) and local name of `prefix:local` or `local`; nil when it is not a plain name.
    private static func qualifiedName(_ text: Substring, namespaces: [String: String]) -> (String?, String)? {
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

    private func own(_ text: String) -> UnsafePointer<xmlChar> {
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
