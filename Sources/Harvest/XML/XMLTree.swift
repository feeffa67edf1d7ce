import CLibXML2
import Foundation

/// A whole parsed XML document, for XPath work on one record.
///
/// Parsed without network access, without DTDs or entity substitution; documents with a DOCTYPE are refused.
public final class XMLTree {
    let document: xmlDocPtr

    /// Parses UTF-8 (or declared-encoding) bytes. `droppingIndentation` leaves out text nodes that are only white
    /// space between elements (libxml2's NOBLANKS; text beside other text, and `xml:space="preserve"`, stays): a
    /// pretty-printed record has about as many of them as elements, and a mapping never reads them.
    public init(bytes: [UInt8], droppingIndentation: Bool = false) throws {
        let options = XMLSafety.parserOptions | (droppingIndentation ? Int32(XML_PARSE_NOBLANKS.rawValue) : 0)
        document = try bytes.withUnsafeBytes { raw in
            try XMLSafety.checkProlog(raw)
            guard let context = xmlNewParserCtxt() else { throw XMLError(code: .io, message: "libxml2 could not allocate a parser") }
            defer { xmlFreeParserCtxt(context) }
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

    public convenience init(string: String) throws {
        try self.init(bytes: Array(string.utf8))
    }

    deinit { xmlFreeDoc(document) }

    /// The root element.
    public var root: XMLNode? {
        xmlDocGetRootElement(document).map { XMLNode(pointer: $0, owner: self) }
    }
}
