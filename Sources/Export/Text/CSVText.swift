/// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted when it holds a
/// comma, a quote, CR or LF, and quotes inside doubled.
enum CSVText {
    /// One record (with its CRLF). With `excel`, cells a spreadsheet would evaluate as a formula are neutralized.
    static func row(_ fields: [String], excel: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(excel ? neutralized(field) : field, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
        return out
    }

    static func append(_ field: String, to out: inout [UInt8]) {
        let utf8 = field.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            out.append(contentsOf: utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a
    /// spreadsheet shows it as text instead of running it (OWASP's advice on CSV injection).
    static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return field }
        return "'" + field
    }

    /// The byte order mark Excel needs to read a CSV file as UTF-8.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Values joined into one cell: `a | b | c` (values are kept whole; a value may itself contain ` | `).
    static func list(_ values: [String]) -> String {
        values.joined(separator: " | ")
    }
}
