import CLibXML2
import Foundation
import Model

/// Reads an OAI-PMH page with libxml2's SAX2 interface: no tree is built. The page is checked for well-formedness
/// as a whole; headers, the resumption token and errors are read from the events; each record's metadata is cut from
/// the page's bytes as sent (``RecordSlicer``), with the namespace declarations it inherits added to its root.
enum OAIPageParser {
    static let oaiNamespace = "http://www.openarchives.org/OAI/2.0/"

    static func parse(file: String, format: RecordFormat) throws -> OAIPage {
        let slicer = try RecordSlicer(file: file)
        try slicer.withBytes { try XMLSafety.checkProlog($0) }
        let state = SAXState()
        // The parser reads the page's mapped bytes (the file is not read a second time).
        try slicer.withBytes { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else {
                throw XMLError(code: .malformed, message: "the page is empty or too large to parse")
            }
            guard let context = xmlCreateMemoryParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count)) else {
                throw XMLError(code: .io, message: "libxml2 cannot read \(file)")
            }
            defer {
                state.context = nil
                xmlFreeParserCtxt(context)
            }
            xmlCtxtUseOptions(context, XMLSafety.parserOptions)
            var handler = xmlSAXHandler()
            handler.initialized = UInt32(XML_SAX2_MAGIC)
            handler.startElementNs = saxStart
            handler.endElementNs = saxEnd
            handler.characters = saxCharacters
            handler.cdataBlock = saxCharacters
            context.pointee.sax.pointee = handler
            context.pointee.userData = Unmanaged.passUnretained(state).toOpaque()
            state.context = context
            xmlParseDocument(context)
            if context.pointee.wellFormed == 0 {
                throw XMLSafety.error(from: xmlCtxtGetLastError(context).map { UnsafePointer($0) }, fallback: "not well-formed XML")
            }
        }
        guard state.page.sawRoot else {
            throw XMLError(code: .malformed, message: "the response is XML but not OAI-PMH (no OAI-PMH root element)")
        }
        var page = state.page
        // A page in another encoding than UTF-8: the records are written out from a tree, in UTF-8.
        let trees = slicer.isUTF8 ? nil : try metadataTrees(file: file)
        for (index, pending) in state.records.enumerated() {
            if let trees {
                var record = OAIPage.Record(header: pending.header, metadata: nil, problem: nil)
                if !pending.header.deleted, index < trees.roots.count, let root = trees.roots[index] {
                    record.metadata = try root.serializedBytes()
                    record.problem = RecordShapeCheck.problem(format: format, record: root)
                }
                page.records.append(record)
                continue
            }
            var record = OAIPage.Record(header: pending.header, metadata: nil, problem: nil)
            if let root = pending.root, !pending.header.deleted {
                if let bytes = slicer.record(startTagEnd: root.startTagEnd, end: root.end, qualifiedName: root.qualifiedName, declarations: root.missingDeclarations(envelope: state.envelope)) {
                    record.metadata = bytes
                    record.problem = RecordShapeCheck.problem(format: format, rootName: root.localName, rootNamespace: root.namespace, bytes: bytes)
                } else {
                    record.problem = "the record's metadata could not be cut from the page"
                }
            }
            page.records.append(record)
        }
        return page
    }

    /// Every record's metadata root (nil for records without metadata), from the page parsed as a tree.
    private static func metadataTrees(file: String) throws -> (tree: XMLTree, roots: [XMLNode?]) {
        guard let data = FileManager.default.contents(atPath: file) else { throw XMLError(code: .io, message: "cannot read \(file)") }
        let tree = try XMLTree(bytes: [UInt8](data))
        guard let root = tree.root else { return (tree, []) }
        let xpath = try XPathEvaluator(for: root, namespaces: ["oai": oaiNamespace])
        let records = try xpath.nodes("//oai:record", at: root)
        return (tree, records.map { $0.child("metadata")?.children.first })
    }
}

/// What the SAX callbacks collect.
private final class SAXState {
    /// A record's metadata root: where it is in the page's bytes and which namespaces it leans on.
    struct Root {
        var qualifiedName: String
        var localName: String
        var namespace: String?
        /// Byte offsets: where the parser stood after the start tag's name and attributes, and after the end tag.
        var startTagEnd: Int
        var end: Int?
        /// Prefixes the root itself declares ("" for a default namespace).
        var declared: Set<String>
        /// Prefixes used in the record's element and attribute names.
        var used: Set<String> = []

        /// The declarations to add to the root so it stands alone: inherited prefixes it uses, and the default
        /// namespace of an unprefixed root.
        func missingDeclarations(envelope: [String: String]) -> String {
            var text = ""
            if !qualifiedName.contains(":"), let namespace, !declared.contains("") {
                text += " xmlns=\"\(RecordSlicer.escaped(namespace))\""
            }
            for prefix in used.sorted() where !declared.contains(prefix) {
                if let uri = envelope[prefix] { text += " xmlns:\(prefix)=\"\(RecordSlicer.escaped(uri))\"" }
            }
            return text
        }
    }

    struct PendingRecord {
        var header = OAIPage.Header(identifier: nil, datestamp: nil, deleted: false)
        var root: Root?
    }

    enum Capture { case identifier, datestamp, token, error, responseDate }

    var page = OAIPage()
    var records: [PendingRecord] = []
    /// The parser, for byte offsets.
    var context: xmlParserCtxtPtr?
    /// Interned prefix pointers already noted for the current record (libxml2 keeps names in a dictionary).
    var seenPrefixes: [UnsafePointer<xmlChar>] = []
    var depth = 0
    var recordDepth: Int?
    var headerDepth: Int?
    var metadataDepth: Int?
    var current = PendingRecord()
    var looseHeader = OAIPage.Header(identifier: nil, datestamp: nil, deleted: false)
    var capture: Capture?
    var captureDepth = 0
    var text: [UInt8] = []
    /// Namespaces declared on the envelope (prefix → URI; "" for the default namespace).
    var envelope: [String: String] = [:]

    /// Notes the prefixes of an element and its attributes, once per interned pointer.
    func notePrefixes(_ prefix: UnsafePointer<xmlChar>?, _ attributeCount: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if let prefix { note(prefix) }
        guard let attributes else { return }
        for index in 0..<Int(attributeCount) {
            if let attributePrefix = attributes[index * 5 + 1] { note(attributePrefix) }
        }
    }

    private func note(_ prefix: UnsafePointer<xmlChar>) {
        guard !seenPrefixes.contains(prefix) else { return }
        seenPrefixes.append(prefix)
        current.root?.used.insert(String(cString: prefix))
    }

    func finishCapture() {
        guard let capture else { return }
        let value = String(decoding: text, as: UTF8.self).trimmingWhitespace()
        switch capture {
        case .identifier:
            if recordDepth != nil { current.header.identifier = value } else { looseHeader.identifier = value }
        case .datestamp:
            if recordDepth != nil { current.header.datestamp = value } else { looseHeader.datestamp = value }
        case .token: page.resumptionToken = value.isEmpty ? nil : value
        case .error: page.errorMessage = value
        case .responseDate: page.responseDate = value
        }
        self.capture = nil
        text.removeAll(keepingCapacity: true)
    }
}

private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    pointer.map { String(cString: $0) }
}

/// The value of an attribute from SAX2's five-pointer attribute records.
private func attribute(_ name: String, count: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> String? {
    guard let attributes else { return nil }
    for index in 0..<Int(count) {
        let base = index * 5
        guard let localName = attributes[base], String(cString: localName) == name, let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
        return String(decoding: UnsafeBufferPointer(start: start, count: start.distance(to: end)), as: UTF8.self)
    }
    return nil
}

private let saxStart: startElementNsSAX2Func = { context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, _, attributes in
    guard let context, let localName else { return }
    Unmanaged<SAXState>.fromOpaque(context)._withUnsafeGuaranteedRef { state in
        state.depth += 1
        // Inside a record's metadata only the prefixes in use are noted (the bytes are cut from the page afterwards).
        if let metadata = state.metadataDepth, state.depth > metadata + 1 {
            state.notePrefixes(prefix, attributeCount, attributes)
            return
        }
        if state.metadataDepth == nil || state.depth <= (state.metadataDepth ?? 0), let namespaces, namespaceCount > 0 {
            for index in 0..<Int(namespaceCount) {
                state.envelope[string(namespaces[index * 2]) ?? ""] = string(namespaces[index * 2 + 1]) ?? ""
            }
        }
        let name = String(cString: localName)
        if let metadata = state.metadataDepth, state.depth == metadata + 1 {
            if state.current.root == nil {
                let qualified = string(prefix).map { "\($0):\(name)" } ?? name
                var declared = Set<String>()
                if let namespaces {
                    for index in 0..<Int(namespaceCount) { declared.insert(string(namespaces[index * 2]) ?? "") }
                }
                let offset = state.context.map { Int(xmlByteConsumed($0)) } ?? -1
                state.current.root = SAXState.Root(qualifiedName: qualified, localName: name, namespace: string(uri), startTagEnd: offset, end: nil, declared: declared)
                // The record's text is cut from the page's bytes afterwards: no text events until its metadata ends.
                state.context?.pointee.sax.pointee.characters = nil
                state.context?.pointee.sax.pointee.cdataBlock = nil
                state.seenPrefixes.removeAll(keepingCapacity: true)
                state.notePrefixes(prefix, attributeCount, attributes)
            }
            return
        }
        switch name {
        case "OAI-PMH" where state.depth == 1:
            state.page.sawRoot = true
        case "responseDate":
            state.capture = .responseDate
            state.captureDepth = state.depth
        case "record" where state.recordDepth == nil:
            state.recordDepth = state.depth
            state.current = SAXState.PendingRecord()
        case "header":
            state.headerDepth = state.depth
            let deleted = attribute("status", count: attributeCount, attributes) == "deleted"
            if state.recordDepth != nil { state.current.header.deleted = deleted } else {
                state.looseHeader = OAIPage.Header(identifier: nil, datestamp: nil, deleted: deleted)
            }
        case "identifier" where state.headerDepth != nil:
            state.capture = .identifier
            state.captureDepth = state.depth
        case "datestamp" where state.headerDepth != nil:
            state.capture = .datestamp
            state.captureDepth = state.depth
        case "metadata" where state.recordDepth.map({ state.depth == $0 + 1 }) == true:
            state.metadataDepth = state.depth
        case "resumptionToken":
            state.page.completeListSize = attribute("completeListSize", count: attributeCount, attributes).flatMap { Int($0) }
            state.page.cursor = attribute("cursor", count: attributeCount, attributes).flatMap { Int($0) }
            state.capture = .token
            state.captureDepth = state.depth
        case "error":
            state.page.errorCode = attribute("code", count: attributeCount, attributes)
            state.capture = .error
            state.captureDepth = state.depth
        default:
            break
        }
    }
}

private let saxEnd: endElementNsSAX2Func = { context, _, _, _ in
    guard let context else { return }
    Unmanaged<SAXState>.fromOpaque(context)._withUnsafeGuaranteedRef { state in
        defer { state.depth -= 1 }
        if let metadata = state.metadataDepth, state.depth > metadata {
            if state.depth == metadata + 1, state.current.root?.end == nil {
                state.current.root?.end = state.context.map { Int(xmlByteConsumed($0)) }
            }
            return
        }
        if state.capture != nil && state.depth == state.captureDepth { state.finishCapture() }
        if state.depth == state.metadataDepth {
            state.metadataDepth = nil
            state.context?.pointee.sax.pointee.characters = saxCharacters
            state.context?.pointee.sax.pointee.cdataBlock = saxCharacters
        }
        if state.depth == state.headerDepth {
            state.headerDepth = nil
            if state.recordDepth == nil { state.page.headers.append(state.looseHeader) }
        }
        if state.depth == state.recordDepth {
            state.records.append(state.current)
            state.recordDepth = nil
        }
    }
}

private let saxCharacters: charactersSAXFunc = { context, characters, length in
    guard let context, let characters else { return }
    Unmanaged<SAXState>.fromOpaque(context)._withUnsafeGuaranteedRef { state in
        guard state.capture != nil else { return }
        state.text.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let utf8 = self.utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
