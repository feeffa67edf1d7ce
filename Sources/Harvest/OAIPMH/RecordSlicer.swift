import Foundation

/// Cuts record elements out of a page's bytes as they were sent, instead of building a tree of each record and
/// writing it out again. Used only where that gives the same standalone document: a UTF-8 page, and a record that
/// declares every namespace prefix it uses that its ancestors also declare. Anything else returns nil and the caller
/// falls back to the tree.
struct RecordSlicer {
    private let bytes: Data
    private var cursor = 0
    /// Namespace prefixes the envelope declares (`xsi`, `oai`…), and whether it declares a default namespace.
    var envelopePrefixes: Set<String> = []
    let isUTF8: Bool

    init(file: String) throws {
        bytes = try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
        isUTF8 = Self.declaresUTF8(bytes.prefix(200))
    }

    /// The next element `<qualifiedName …>…</qualifiedName>` after the previous slice, if it is safe to use alone.
    mutating func next(qualifiedName: String) -> [UInt8]? {
        guard isUTF8, !qualifiedName.isEmpty else { return nil }
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [UInt8]? in
            guard let base = raw.baseAddress else { return nil }
            let open = Array("<\(qualifiedName)".utf8)
            let close = Array("</\(qualifiedName)>".utf8)
            var from = cursor
            var start: Int?
            while from < raw.count, let found = Self.find(open, in: base, count: raw.count, from: from) {
                let after = found + open.count
                // The name must end there (`<lido:lido ` or `<lido:lido>`, not `<lido:lidoRecID`).
                if after < raw.count, [0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(raw[after]) {
                    start = found
                    break
                }
                from = after
            }
            guard let start, let end = Self.find(close, in: base, count: raw.count, from: start) else { return nil }
            cursor = end + close.count
            let slice = [UInt8](UnsafeRawBufferPointer(rebasing: raw[start..<(end + close.count)]))
            return isSelfContained(slice, rootIsPrefixed: qualifiedName.contains(":")) ? slice : nil
        }
    }

    /// Every prefix the envelope declares is, if used in the slice, declared in it too; an unprefixed root declares
    /// its default namespace itself.
    private func isSelfContained(_ slice: [UInt8], rootIsPrefixed: Bool) -> Bool {
        slice.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            if !rootIsPrefixed {
                let tagEnd = Self.find(Array(">".utf8), in: base, count: raw.count, from: 0) ?? raw.count
                guard Self.find(Array("xmlns=".utf8), in: base, count: tagEnd, from: 0) != nil else { return false }
            }
            for prefix in envelopePrefixes {
                let used = Self.find(Array("<\(prefix):".utf8), in: base, count: raw.count, from: 0) != nil
                    || Self.find(Array(" \(prefix):".utf8), in: base, count: raw.count, from: 0) != nil
                if used, Self.find(Array("xmlns:\(prefix)=".utf8), in: base, count: raw.count, from: 0) == nil { return false }
            }
            return true
        }
    }

    private static func find(_ needle: [UInt8], in base: UnsafeRawPointer, count: Int, from: Int) -> Int? {
        ByteFind.find(needle, in: base, count: count, from: from)
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
