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
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
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

extension Array {
    /// Keeps the first of elements with the same key, in order.
    func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen = Set<Key>()
        return filter { seen.insert(key($0)).inserted }
    }
}
