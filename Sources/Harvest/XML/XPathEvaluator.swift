import CLibXML2
import Foundation

/// Evaluates XPath 1.0 on one document with registered namespace prefixes.
public final class XPathEvaluator {
    private let context: xmlXPathContextPtr
    private let owner: AnyObject
    /// Whether paths compiled with namespaces (``CompiledXPath/init(_:namespaces:)``) are walked directly; the
    /// namespaces must be the ones this evaluator registers. Off only to compare the walk with libxml2's XPath.
    public var walksPlainPaths = true

    /// An evaluator for the document that `node` belongs to.
    public init(for node: XMLNode, namespaces: [String: String]) throws {
        guard let context = xmlXPathNewContext(node.pointer.pointee.doc) else {
            throw XMLError(code: .xpath, message: "libxml2 could not create an XPath context")
        }
        self.context = context
        self.owner = node.owner
        for (prefix, uri) in namespaces {
            xmlXPathRegisterNs(context, prefix, uri)
        }
    }

    deinit { xmlXPathFreeContext(context) }

    private func evaluate(_ expression: CompiledXPath, at node: XMLNode) throws -> xmlXPathObjectPtr {
        context.pointee.node = node.pointer
        guard let result = xmlXPathCompiledEval(expression.compiled, context) else {
            throw XMLError(code: .xpath, message: "XPath \(expression.source) failed (unregistered namespace prefix or unknown function?)")
        }
        return result
    }

    /// The nodes the expression selects, relative to `node`.
    public func nodes(_ expression: CompiledXPath, at node: XMLNode) throws -> [XMLNode] {
        if walksPlainPaths, let walked = expression.plain?.walk(from: node.pointer) {
            return walked.map { XMLNode(pointer: $0, owner: owner) }
        }
        let result = try evaluate(expression, at: node)
        defer { xmlXPathFreeObject(result) }
        let count = cxml_nodeset_count(result)
        var nodes: [XMLNode] = []
        nodes.reserveCapacity(Int(count))
        for index in 0..<count {
            if let item = cxml_nodeset_item(result, index) { nodes.append(XMLNode(pointer: item, owner: owner)) }
        }
        return nodes
    }

    /// The expression's value as strings: one per selected node, or one for a string/number/boolean result.
    public func strings(_ expression: CompiledXPath, at node: XMLNode) throws -> [String] {
        if walksPlainPaths, let walked = expression.plain?.walk(from: node.pointer) {
            return walked.compactMap { item in
                guard let content = xmlNodeGetContent(item) else { return nil }
                defer { cxml_free(content) }
                return String(cString: content)
            }
        }
        let result = try evaluate(expression, at: node)
        defer { xmlXPathFreeObject(result) }
        if result.pointee.type == XPATH_NODESET {
            let count = cxml_nodeset_count(result)
            var values: [String] = []
            for index in 0..<count {
                guard let item = cxml_nodeset_item(result, index), let content = xmlNodeGetContent(item) else { continue }
                values.append(String(cString: content))
                cxml_free(content)
            }
            return values
        }
        guard let text = xmlXPathCastToString(result) else { return [] }
        defer { cxml_free(text) }
        return [String(cString: text)]
    }

    public func nodes(_ expression: String, at node: XMLNode) throws -> [XMLNode] {
        try nodes(CompiledXPath(expression), at: node)
    }

    public func strings(_ expression: String, at node: XMLNode) throws -> [String] {
        try strings(CompiledXPath(expression), at: node)
    }
}

/// An XPath expression compiled once and evaluated many times; compiling checks its syntax.
public final class CompiledXPath: @unchecked Sendable {
    let compiled: xmlXPathCompExprPtr
    public let source: String
    /// The direct walk, when the expression is a plain path and the namespaces were given.
    let plain: PlainPath?

    /// Compiles `source`; with `namespaces` (the prefixes the evaluator will register), a plain path is also
    /// prepared for the direct walk.
    public init(_ source: String, namespaces: [String: String]? = nil) throws {
        guard let compiled = xmlXPathCompile(source) else {
            throw XMLError(code: .xpath, message: "invalid XPath expression: \(source)")
        }
        self.compiled = compiled
        self.source = source
        plain = namespaces.flatMap { PlainPath(source, namespaces: $0) }
    }

    /// Whether evaluations take the direct walk.
    public var isPlainPath: Bool { plain != nil }

    deinit { xmlXPathFreeCompExpr(compiled) }
}
