import Foundation

/// Cuts record elements out of a page's bytes as they were sent, instead of building a tree of each record and
/// writing it out again. The namespace declarations a record inherits from the envelope are added to its start tag,
/// so each slice is a standalone document.
struct RecordSlicer {
    private let bytes: Data
    let isUTF8: Bool

    init(file: String) throws {
        bytes = try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
        isUTF8 = Self.declaresUTF8(bytes.prefix(200))
    }

    /// Gives the page's bytes to `body`.
    func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try bytes.withUnsafeBytes(body)
    }

    /// The record element whose start tag ends near `startTagEnd` and whose end tag ends at `end` (byte offsets the
    /// parser reported), with `declarations` added to its start tag. nil when the page is not UTF-8 or the offsets
    /// do not frame the element.
    func record(startTagEnd: Int, end: Int?, qualifiedName: String, declarations: String) -> [UInt8]? {
        guard isUTF8, let end, startTagEnd > 0, end <= bytes.count, startTagEnd < end else { return nil }
        return bytes.withUnsafeBytes { raw -> [UInt8]? in
            // The start tag begins at the last '<' before the parser's position: '<' never occurs in attribute values.
            var start = min(startTagEnd, raw.count - 1)
            while start >= 0 && raw[start] != UInt8(ascii: "<") { start -= 1 }
            let open = Array("<\(qualifiedName)".utf8)
            guard start >= 0, end - start > open.count, raw[start..<(start + open.count)].elementsEqual(open),
                raw[end - 1] == UInt8(ascii: ">")
            else { return nil }
            var slice = [UInt8](UnsafeRawBufferPointer(rebasing: raw[start..<end]))
            if !declarations.isEmpty { slice.insert(contentsOf: Array(declarations.utf8), at: open.count) }
            return slice
        }
    }

    static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// No XML declaration, or one that says UTF-8.
    private static func declaresUTF8(_ head: Data) -> Bool {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return true }
        let declaration = text[..<end.lowerBound]
        guard let encoding = declaration.range(of: "encoding=") else { return true }
        let value = declaration[encoding.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return value == "utf-8" || value == "utf8"
    }
}
