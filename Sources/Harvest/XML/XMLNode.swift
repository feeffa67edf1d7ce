import CLibXML2
import Foundation

/// An element (or other node) inside a parsed document or an expanded stream subtree.
///
/// Valid while its owner lives: an ``XMLTree``, or an ``XMLStreamReader`` until the reader moves on.
public struct XMLNode {
    let pointer: xmlNodePtr
    /// Keeps the owning document alive.
    let owner: AnyObject

    /// The element's local name (`lido`, `record`).
    public var localName: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The element's namespace URI, if any.
    public var namespaceURI: String? {
        pointer.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// All text inside the node, concatenated.
    public var text: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { cxml_free(content) }
        return String(cString: content)
    }

    /// The text with leading and trailing white space removed (identifiers, datestamps), without Foundation.
    public var trimmedText: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { cxml_free(content) }
        var start = content
        while start.pointee == 0x20 || start.pointee == 0x09 || start.pointee == 0x0A || start.pointee == 0x0D { start += 1 }
        var length = strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self))
        while length > 0, [0x20, 0x09, 0x0A, 0x0D].contains(start[length - 1]) { length -= 1 }
        return String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self)
    }

    /// An attribute by local name, in no namespace or in the given namespace.
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        let value = namespace.map { xmlGetNsProp(pointer, name, $0) } ?? xmlGetNoNsProp(pointer, name)
        guard let value else {
            // Fall back to any attribute with that local name (prefixed attributes such as lido:type).
            var attribute = pointer.pointee.properties
            while let current = attribute {
                if let attributeName = current.pointee.name, String(cString: attributeName) == name,
                    let text = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
                {
                    defer { cxml_free(text) }
                    return String(cString: text)
                }
                attribute = current.pointee.next
            }
            return nil
        }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// `xml:lang` of this element or the nearest ancestor that has one.
    public var language: String? {
        guard let value = xmlNodeGetLang(pointer) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// Child elements in document order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLNode(pointer: current, owner: owner)) }
            child = current.pointee.next
        }
        return result
    }

    /// The first child element with this local name.
    public func child(_ localName: String) -> XMLNode? {
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name,
                strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), localName) == 0
            {
                return XMLNode(pointer: current, owner: owner)
            }
            child = current.pointee.next
        }
        return nil
    }

    /// The subtree as a standalone XML document text, with every namespace it uses declared on its root.
    public func serializedDocument() throws -> String {
        String(decoding: try serializedBytes(), as: UTF8.self)
    }

    /// The subtree as standalone XML bytes (UTF-8), with every namespace it uses declared on its root.
    public func serializedBytes() throws -> [UInt8] {
        if declaresItsNamespaces() { return try dump(pointer, document: pointer.pointee.doc) }
        return try copiedAndDumped()
    }

    /// True when every namespace the subtree uses is declared inside it, so it can be written out as it is.
    func declaresItsNamespaces() -> Bool {
        var declared: [UnsafeMutablePointer<xmlNs>] = []
        func isDeclared(_ namespace: UnsafeMutablePointer<xmlNs>?) -> Bool {
            guard let namespace else { return true }
            if let prefix = namespace.pointee.prefix, strcmp(UnsafeRawPointer(prefix).assumingMemoryBound(to: CChar.self), "xml") == 0 { return true }
            return declared.contains(namespace)
        }
        func visit(_ node: xmlNodePtr) -> Bool {
            let mark = declared.count
            defer { declared.removeSubrange(mark...) }
            var definition = node.pointee.nsDef
            while let current = definition {
                declared.append(current)
                definition = current.pointee.next
            }
            guard isDeclared(node.pointee.ns) else { return false }
            var attribute = node.pointee.properties
            while let current = attribute {
                guard isDeclared(current.pointee.ns) else { return false }
                attribute = current.pointee.next
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, !visit(current) { return false }
                child = current.pointee.next
            }
            return true
        }
        return visit(pointer)
    }

    private func dump(_ node: xmlNodePtr, document: xmlDocPtr?) throws -> [UInt8] {
        guard let buffer = xmlBufferCreate() else { throw XMLError(code: .io, message: "libxml2 could not allocate a buffer") }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, document, node, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    /// Copies the subtree into a new document, declares the namespaces it inherits, and writes that.
    private func copiedAndDumped() throws -> [UInt8] {
        guard let document = xmlNewDoc("1.0") else { throw XMLError(code: .io, message: "libxml2 could not allocate a document") }
        defer { xmlFreeDoc(document) }
        guard let copy = xmlDocCopyNode(pointer, document, 1) else {
            throw XMLError(code: .io, message: "libxml2 could not copy the element")
        }
        xmlDocSetRootElement(document, copy)
        xmlReconciliateNs(document, copy)
        return try dump(copy, document: document)
    }
}
