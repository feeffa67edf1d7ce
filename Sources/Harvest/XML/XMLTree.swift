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
    public convenience init(bytes: [UInt8], droppingIndentation: Bool = false) throws {
        let parser = XMLDocumentParser(droppingIndentation: droppingIndentation)
        try self.init(parsing: bytes, with: parser)
    }

    /// Parses with a parser that is reused from document to document (one per thread).
    init(parsing bytes: [UInt8], with parser: XMLDocumentParser) throws {
        document = try parser.read(bytes)
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
