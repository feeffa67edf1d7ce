import Foundation

/// Cuts record elements out of a page's bytes as they were sent, instead of building a tree of each record and
/// writing it out again. The namespace declarations a record inherits from the envelope are added to its start tag,
/// so each slice is a standalone document.
struct RecordSlicer {
    private let bytes: Data
    private var cursor = 0
    let isUTF8: Bool

    init(file: String) throws {
        bytes = try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
        isUTF8 = Self.declaresUTF8(bytes.prefix(200))
    }

    /// Gives the page's bytes to `body`.
    func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try bytes.withUnsafeBytes(body)
    }

    /// The next element `<qualifiedName …>…</qualifiedName>` after the previous one, as a standalone document, with
    /// the declarations of the envelope's namespaces (prefix → URI, "" for the default) that it uses but does not
    /// declare itself. nil when the page is not UTF-8 or the element is not found.
    mutating func next(qualifiedName: String, namespace: String?, envelope: [String: String]) -> [UInt8]? {
        guard isUTF8, !qualifiedName.isEmpty, var slice = find(qualifiedName) else { return nil }
        var declarations = ""
        slice.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            func has(_ text: String, within count: Int? = nil) -> Bool {
                ByteFind.find(Array(text.utf8), in: base, count: count ?? raw.count) != nil
            }
            let tagEnd = ByteFind.find(Array(">".utf8), in: base, count: raw.count) ?? raw.count
            if !qualifiedName.contains(":"), let namespace, !has("xmlns=", within: tagEnd) {
                declarations += " xmlns=\"\(Self.escaped(namespace))\""
            }
            // A prefix the root does not declare but the record uses (one scan; a mention in text only adds a
            // harmless declaration).
            for (prefix, uri) in envelope.sorted(by: { $0.key < $1.key }) where !prefix.isEmpty {
                if !has("xmlns:\(prefix)=", within: tagEnd), has("\(prefix):") {
                    declarations += " xmlns:\(prefix)=\"\(Self.escaped(uri))\""
                }
            }
        }
        if !declarations.isEmpty { slice.insert(contentsOf: Array(declarations.utf8), at: 1 + qualifiedName.utf8.count) }
        return slice
    }

    /// The bytes of the next `<qualifiedName …>…</qualifiedName>` after the cursor.
    private mutating func find(_ qualifiedName: String) -> [UInt8]? {
        let open = Array("<\(qualifiedName)".utf8)
        let close = Array("</\(qualifiedName)>".utf8)
        let from = cursor
        guard let (start, end) = bytes.withUnsafeBytes({ raw -> (Int, Int)? in
            guard let base = raw.baseAddress else { return nil }
            var position = from
            while let found = ByteFind.find(open, in: base, count: raw.count, from: position) {
                let after = found + open.count
                // The name must end there (`<lido:lido ` or `<lido:lido>`, not `<lido:lidoRecID`).
                if after < raw.count, [0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(raw[after]) {
                    guard let end = ByteFind.find(close, in: base, count: raw.count, from: after) else { return nil }
                    return (found, end + close.count)
                }
                position = after
            }
            return nil
        }) else { return nil }
        cursor = end
        return bytes.withUnsafeBytes { [UInt8](UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    private static func escaped(_ value: String) -> String {
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
