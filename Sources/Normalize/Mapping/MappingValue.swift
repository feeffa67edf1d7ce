import Foundation

/// Small helpers for values read by a mapping.
enum MappingValue {
    /// `'nl'` is a constant in every kind of mapping (and a string literal in XPath).
    static func isConstant(_ path: String) -> Bool {
        path.count >= 2 && path.hasPrefix("'") && path.hasSuffix("'")
    }

    static func constant(_ path: String) -> String { String(path.dropFirst().dropLast()) }

    /// Trims and collapses white space (catalogue values often carry indentation and line breaks).
    static func clean(_ text: String) -> String {
        // Fast path: no leading/trailing space, no runs, no tabs or line breaks.
        let utf8 = text.utf8
        var needsWork = utf8.first == 0x20 || utf8.last == 0x20
        var previousSpace = false
        if !needsWork {
            for byte in utf8 {
                if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte >= 0x80 && byte == 0xC2 || (byte == 0x20 && previousSpace) {
                    needsWork = true
                    break
                }
                previousSpace = byte == 0x20
            }
        }
        guard needsWork else { return text }
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 ? (scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r") : scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Byte-level substring search, without Foundation's NSString bridging.
enum ByteSearch {
    static func contains(_ haystack: String, _ needle: StaticString) -> Bool {
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
