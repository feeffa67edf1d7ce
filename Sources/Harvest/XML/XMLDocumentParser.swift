import CLibXML2
import Foundation

/// A libxml2 parser context kept from document to document: its allocations and its dictionary of element names
/// are made once, not per record. Not thread-safe: one per thread. Every read uses ``XMLSafety``'s options and
/// refuses DTDs; the context is renewed every `renewal` documents so its dictionary cannot grow without bound.
public final class XMLDocumentParser {
    private var context: xmlParserCtxtPtr?
    private var reads = 0
    private let options: Int32
    private let renewal = 2_000

    /// `droppingIndentation`: see ``XMLTree/init(bytes:droppingIndentation:)``.
    public init(droppingIndentation: Bool = false) {
        options = XMLSafety.parserOptions | (droppingIndentation ? Int32(XML_PARSE_NOBLANKS.rawValue) : 0)
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// A tree of `bytes`.
    public func tree(_ bytes: [UInt8]) throws -> XMLTree {
        try XMLTree(parsing: bytes, with: self)
    }

    func read(_ bytes: [UInt8]) throws -> xmlDocPtr {
        if reads >= renewal, let old = context {
            xmlFreeParserCtxt(old)
            context = nil
            reads = 0
        }
        if context == nil { context = xmlNewParserCtxt() }
        guard let context else { throw XMLError(code: .io, message: "libxml2 could not allocate a parser") }
        reads += 1
        return try bytes.withUnsafeBytes { raw in
            try XMLSafety.checkProlog(raw)
            let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
            guard let document = xmlCtxtReadMemory(context, base, Int32(raw.count), nil, nil, options) else {
                throw XMLSafety.error(from: xmlCtxtGetLastError(context).map { UnsafePointer($0) }, fallback: "the document is empty or not XML")
            }
            if context.pointee.wellFormed == 0 {
                let error = XMLSafety.error(from: xmlCtxtGetLastError(context).map { UnsafePointer($0) }, fallback: "not well-formed XML")
                xmlFreeDoc(document)
                throw error
            }
            if document.pointee.intSubset != nil {
                xmlFreeDoc(document)
                throw XMLError(code: .forbiddenDTD, message: "the document declares a DTD; Oeuvre refuses DTDs")
            }
            return document
        }
    }
}
