import Foundation
import Model

/// Small helpers for values read by a mapping.
enum MappingValue {
    /// `'nl'` is a constant in every kind of mapping (and a string literal in XPath).
    static func isConstant(_ path: String) -> Bool {
        let utf8 = path.utf8
        return utf8.count >= 2 && utf8.first == UInt8(ascii: "'") && utf8.last == UInt8(ascii: "'")
    }

    static func constant(_ path: String) -> String { String(path.dropFirst().dropLast()) }

    /// Trims and collapses white space (catalogue values often carry indentation and line breaks).
    static func clean(_ text: String) -> String {
        // Fast path: no leading/trailing space, no runs, no tabs or line breaks, nothing that may be Unicode white space.
        let utf8 = text.utf8
        var needsWork = utf8.first == 0x20 || utf8.last == 0x20
        var previousSpace = false
        if !needsWork {
            for byte in utf8 {
                if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xC2 || (0xE1...0xE3).contains(byte) || (byte == 0x20 && previousSpace) {
                    needsWork = true
                    break
                }
                previousSpace = byte == 0x20
            }
        }
        guard needsWork else { return text }
        // Byte by byte: ASCII space, tab and line breaks, and the Unicode white space characters (whose UTF-8 starts
        // with 0xC2, 0xE1, 0xE2 or 0xE3) become one space between words.
        var copy = text
        return copy.withUTF8 { bytes in
            var cleaned = CollapsedBytes(capacity: bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 1
                var isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
                if byte >= 0x80 {
                    length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    if byte == 0xC2 || (0xE1...0xE3).contains(byte), index + length <= bytes.count {
                        var value = UInt32(byte) & (length == 2 ? 0x1F : 0x0F)
                        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                        isSpace = Unicode.Scalar(value)?.properties.isWhitespace ?? false
                    }
                }
                if isSpace {
                    cleaned.space()
                } else {
                    cleaned.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<min(index + length, bytes.count)]))
                }
                index += length
            }
            return cleaned.text
        }
    }
}

/// Byte-level substring search, without Foundation's NSString bridging.
public enum ByteSearch {
    public static func contains(_ haystack: String, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        var haystack = haystack
        return haystack.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var matched = true
                    for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                        matched = false
                        break
                    }
                    if matched { return true }
                }
                index += 1
            }
            return false
        }
    }
}

extension Array {
    /// Keeps the first of elements with the same key, in order.
    func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        guard count > 1 else { return self }
        var seen = Set<Key>(minimumCapacity: count)
        return filter { seen.insert(key($0)).inserted }
    }
}
