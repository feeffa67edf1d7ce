import CLibXML2
import Foundation

/// The parser settings every Oeuvre XML parse uses, and the check that refuses DTDs up front.
enum XMLSafety {
    /// No network, no DTD loading, no entity substitution, no error printing (errors are taken per context),
    /// CDATA as text. XML_PARSE_HUGE stays off so libxml2's size limits hold.
    static let parserOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Refuses a document whose prolog holds a DOCTYPE, before libxml2 reads any entity declaration.
    ///
    /// Catalogue records, OAI-PMH, LIDO and EDM never need a DTD; a DOCTYPE is how external-entity and
    /// entity-expansion ("billion laughs") attacks arrive.
    static func checkProlog(_ bytes: UnsafeRawBufferPointer) throws {
        var index = 0
        let count = bytes.count
        // Skip a UTF-8 byte order mark.
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        func hasPrefix(_ text: String, at position: Int) -> Bool {
            let utf8 = Array(text.utf8)
            guard position + utf8.count <= count else { return false }
            for (offset, byte) in utf8.enumerated() where bytes[position + offset] != byte { return false }
            return true
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if hasPrefix("<?", at: index) {
                guard let end = find("?>", in: bytes, from: index) else { return }
                index = end + 2
            } else if hasPrefix("<!--", at: index) {
                guard let end = find("-->", in: bytes, from: index) else { return }
                index = end + 3
            } else if hasPrefix("<!DOCTYPE", at: index) || hasPrefix("<!doctype", at: index) {
                throw XMLError(
                    code: .forbiddenDTD,
                    message: "the document declares a DOCTYPE; Oeuvre refuses DTDs and entity declarations (they can read local files or expand without bound). Ask the data provider for the record without a DOCTYPE")
            } else {
                return  // the root element (or garbage libxml2 will report)
            }
        }
    }

    private static func find(_ needle: String, in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            var matched = true
            for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte {
                matched = false
                break
            }
            if matched { return index }
            index += 1
        }
        return nil
    }

    /// Turns libxml2's error record into an ``XMLError``.
    static func error(from pointer: UnsafePointer<xmlError>?, fallback: String) -> XMLError {
        guard let pointer, let message = pointer.pointee.message else {
            return XMLError(code: .malformed, message: fallback)
        }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        let line = Int(pointer.pointee.line)
        return XMLError(code: .malformed, message: "not well-formed XML: \(text)", line: line > 0 ? line : nil)
    }
}
