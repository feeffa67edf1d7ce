import Foundation
import Harvest

/// A node of a raw record, XML or decoded JSON.
enum RecordNode {
    case xml(XMLNode)
    case json(Any)
}

/// Evaluates a mapping's paths on one raw record.
protocol RecordReader {
    var root: RecordNode { get }
    func nodes(_ path: String, at node: RecordNode) throws -> [RecordNode]
    func strings(_ path: String, at node: RecordNode) throws -> [String]
    /// True when the condition path selects something (or an XPath boolean is true).
    func holds(_ path: String, at node: RecordNode) throws -> Bool
    /// The language a node's text is in, when the record says (`xml:lang`, `@language`).
    func language(of node: RecordNode) -> String?
    /// The same three with a path resolved when the mapping loaded.
    func nodes(_ path: MappingPath, at node: RecordNode) throws -> [RecordNode]
    func strings(_ path: MappingPath, at node: RecordNode) throws -> [String]
    func holds(_ path: MappingPath, at node: RecordNode) throws -> Bool
}

extension RecordReader {
    func nodes(_ path: MappingPath, at node: RecordNode) throws -> [RecordNode] { try nodes(path.text, at: node) }
    func strings(_ path: MappingPath, at node: RecordNode) throws -> [String] { try strings(path.text, at: node) }
    func holds(_ path: MappingPath, at node: RecordNode) throws -> Bool { try holds(path.text, at: node) }
}

/// XPath over a parsed XML record.
final class XMLRecordReader: RecordReader {
    let tree: XMLTree
    let evaluator: XPathEvaluator
    let compiled: [String: CompiledXPath]
    let root: RecordNode

    init(bytes: [UInt8], mapping: Mapping, parser: XMLDocumentParser) throws {
        tree = try parser.tree(bytes)
        guard let element = tree.root else { throw XMLError(code: .malformed, message: "the record has no root element") }
        evaluator = try XPathEvaluator(for: element, namespaces: mapping.namespaces)
        compiled = mapping.compiled
        root = .xml(element)
    }

    private func expression(_ path: String) throws -> CompiledXPath {
        if let expression = compiled[path] { return expression }
        return try CompiledXPath(path)
    }

    func nodes(_ path: String, at node: RecordNode) throws -> [RecordNode] {
        guard case .xml(let element) = node else { return [] }
        return try evaluator.nodes(expression(path), at: element).map(RecordNode.xml)
    }

    func strings(_ path: String, at node: RecordNode) throws -> [String] {
        if MappingValue.isConstant(path) { return [MappingValue.constant(path)] }
        guard case .xml(let element) = node else { return [] }
        return try evaluator.strings(expression(path), at: element)
    }

    func holds(_ path: String, at node: RecordNode) throws -> Bool {
        let values = try strings(path, at: node)
        return !values.isEmpty && values != ["false"] && values != [""]
    }

    func language(of node: RecordNode) -> String? {
        guard case .xml(let element) = node else { return nil }
        return element.language
    }

    func nodes(_ path: MappingPath, at node: RecordNode) throws -> [RecordNode] {
        guard let expression = path.compiled else { return try nodes(path.text, at: node) }
        guard case .xml(let element) = node else { return [] }
        return try evaluator.nodes(expression, at: element).map(RecordNode.xml)
    }

    func strings(_ path: MappingPath, at node: RecordNode) throws -> [String] {
        guard let expression = path.compiled else { return try strings(path.text, at: node) }
        guard case .xml(let element) = node else { return [] }
        return try evaluator.strings(expression, at: element)
    }

    func holds(_ path: MappingPath, at node: RecordNode) throws -> Bool {
        let values = try strings(path, at: node)
        return !values.isEmpty && values != ["false"] && values != [""]
    }
}

/// Dotted paths over decoded JSON: `identified_by[?type=Name].content`, `carried_out_by[?type!=Group]`, `items[0]`,
/// `.` for the node itself. Every step maps over arrays, so a path yields all matching values.
final class JSONRecordReader: RecordReader {
    let root: RecordNode

    init(bytes: [UInt8]) throws {
        root = .json(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]))
    }

    func nodes(_ path: String, at node: RecordNode) throws -> [RecordNode] {
        guard case .json(let value) = node else { return [] }
        return Self.select(path, in: value).map(RecordNode.json)
    }

    func strings(_ path: String, at node: RecordNode) throws -> [String] {
        if MappingValue.isConstant(path) { return [MappingValue.constant(path)] }
        return try nodes(path, at: node).compactMap { node -> String? in
            guard case .json(let value) = node else { return nil }
            switch value {
            case let string as String: return string
            case let number as NSNumber: return number.stringValue
            case let object as [String: Any]: return (object["@value"] ?? object["value"] ?? object["content"]).flatMap { $0 as? String }
            default: return nil
            }
        }
    }

    /// True when the path selects something other than an empty string or null (a CSV row's empty cell says nothing).
    func holds(_ path: String, at node: RecordNode) throws -> Bool {
        try nodes(path, at: node).contains { selected in
            guard case .json(let value) = selected else { return false }
            if value is NSNull { return false }
            if let string = value as? String { return !MappingValue.clean(string).isEmpty }
            return true
        }
    }

    func language(of node: RecordNode) -> String? {
        guard case .json(let value) = node, let object = value as? [String: Any] else { return nil }
        return (object["@language"] ?? object["xml:lang"] ?? object["language"]) as? String
    }

    static func select(_ path: String, in value: Any) -> [Any] {
        if path == "." || path.isEmpty { return flatten([value]) }
        var current: [Any] = [value]
        for step in steps(path) {
            var next: [Any] = []
            for item in flatten(current) {
                guard let object = item as? [String: Any] else { continue }
                if let found = object[step.key] { next.append(found) }
            }
            current = flatten(next)
            if let filter = step.filter {
                // `[?path=value]` keeps elements with a matching value; `[?path!=value]` those without one.
                current = current.filter { item in
                    let matches = select(filter.path, in: item).contains { candidate in
                        (candidate as? String) == filter.value || (candidate as? NSNumber)?.stringValue == filter.value
                    }
                    return matches != filter.negated
                }
            }
            if let index = step.index { current = current.indices.contains(index) ? [current[index]] : [] }
        }
        return current
    }

    private static func flatten(_ values: [Any]) -> [Any] {
        values.flatMap { ($0 as? [Any]).map(flatten) ?? [$0] }
    }

    struct Step {
        var key: String
        var filter: (path: String, value: String, negated: Bool)?
        var index: Int?
    }

    /// Splits at dots outside brackets.
    static func steps(_ path: String) -> [Step] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in path {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if character == "." && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.filter { !$0.isEmpty }.map { part in
            guard let open = part.firstIndex(of: "["), part.hasSuffix("]") else { return Step(key: part) }
            let key = String(part[..<open])
            let inside = String(part[part.index(after: open)..<part.index(before: part.endIndex)])
            if inside.hasPrefix("?"), let equals = inside.firstIndex(of: "=") {
                let negated = equals > inside.index(after: inside.startIndex) && inside[inside.index(before: equals)] == "!"
                let pathEnd = negated ? inside.index(before: equals) : equals
                let filterPath = String(inside[inside.index(after: inside.startIndex)..<pathEnd])
                let filterValue = String(inside[inside.index(after: equals)...]).trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
                return Step(key: key, filter: (filterPath, filterValue, negated))
            }
            return Step(key: key, index: Int(inside))
        }
    }
}
