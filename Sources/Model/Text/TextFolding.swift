import Foundation

/// Text helpers shared by the field parsers: case and diacritic folding, dash and space clean-up.
///
/// Folding is done by hand (canonical decomposition, then dropping combining marks) so that it behaves
/// the same on every platform Foundation runs on.
public enum TextFolding {
    /// Lower-cases `text`, removes diacritics (`vóór` → `voor`, `Höhe` → `hohe`), spells out the letters that
    /// have no decomposition (`ß` → `ss`, `æ` → `ae`, `ø` → `o`), turns typographic apostrophes into `'`,
    /// all dashes into `-`, and collapses runs of white space into one space.
    public static func fold(_ text: String) -> String {
        foldByTable(text) ?? foldUnicode(text)
    }

    /// ``fold(_:)`` for any text, by the Unicode tables.
    static func foldUnicode(_ text: String) -> String {
        collapseWhitespace(foldScalars(text))
    }

    /// Folding before white space is collapsed: lower case, canonical decomposition without its marks, and the
    /// letters, apostrophes, dashes and spaces spelled out.
    static func foldScalars(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                continue
            default:
                break
            }
            switch scalar {
            case "ß": scalars.append(contentsOf: "ss".unicodeScalars)
            case "æ": scalars.append(contentsOf: "ae".unicodeScalars)
            case "œ": scalars.append(contentsOf: "oe".unicodeScalars)
            case "ø": scalars.append("o")
            case "ł": scalars.append("l")
            case "đ": scalars.append("d")
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{02BC}", "`", "\u{00B4}": scalars.append("'")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": scalars.append("-")
            case "\u{00A0}", "\u{2007}", "\u{202F}", "\u{2009}", "\t", "\r", "\n": scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// ``fold(_:)`` without the Unicode tables for ASCII, the Latin letters (U+0080–U+02FF) and general
    /// punctuation (U+2000–U+206F, U+2212): most catalogue text in Dutch, German, French, English and Latin. The
    /// same result as ``foldUnicode(_:)``; nil when the text has other characters (combining marks, other scripts).
    static func foldByTable(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { utf8 -> String? in
            var folded = CollapsedBytes(capacity: utf8.count)
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    index += 1
                    switch byte {
                    case 0x20, 0x09...0x0D: folded.space()
                    case 0x41...0x5A: folded.append(byte | 0x20)
                    case 0x60: folded.append(0x27)
                    default: folded.append(byte)
                    }
                    continue
                }
                let scalar: UInt32
                if byte & 0xE0 == 0xC0, index + 1 < utf8.count {
                    scalar = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                    index += 2
                } else if byte & 0xF0 == 0xE0, index + 2 < utf8.count {
                    scalar = UInt32(byte & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                    index += 3
                } else {
                    return nil
                }
                guard let entry = FoldingTable.shared.folded(scalar) else { return nil }
                if entry.isSpace { folded.space() } else { folded.append(contentsOf: entry.bytes) }
            }
            return folded.text
        }
    }

    /// Trims `text` and replaces every run of white space (including newlines and no-break spaces) by one space.
    public static func collapseWhitespace(_ text: String) -> String {
        if isCollapsed(text) { return text }
        return text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// `text` with leading and trailing white space removed.
    public static func trim(_ text: String) -> String {
        let utf8 = text.utf8
        // Most values start and end with a printable ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// True when `text` has no white space to collapse: no space at either end, no two in a row, and no other
    /// white space (ASCII controls 0x09–0x0D, or any character that could be Unicode white space: U+0085 and
    /// U+00A0 start with 0xC2, the rest with 0xE1–0xE3), and no other non-ASCII character right after a space.
    static func isCollapsed(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.first != 0x20, utf8.last != 0x20 else { return false }
        var previousSpace = false
        for byte in utf8 {
            switch byte {
            case 0x20:
                if previousSpace { return false }
                previousSpace = true
                continue
            case 0x09...0x0D, 0xC2, 0xE1...0xE3: return false
            // A space and a combining mark after it are one whitespace character to the split: not a short cut.
            case 0x80... where previousSpace: return false
            default: previousSpace = false
            }
        }
        return true
    }
}
