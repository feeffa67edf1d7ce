import Foundation
import Model

/// Reads inventory numbers into a written and a comparable form.
///
/// `written` is the trimmed text. `normalized` drops labels at the start (`inv.`, `Inv.-Nr.`, `Inv. Nr.`,
/// `inventaris`, `Inventarnummer`, `inventory number`, `Gal.-Nr.`, `Gal. Nr.`, `no.`, `nr.`, `n°`, `objectnummer`,
/// `acc. no.`, …), any parenthetical (`8360 (Inv. 1890)` → `8360`), and all white space, and is upper-cased:
/// `Inv.-Nr. 962 B` → `962B`, `IB 1234` → `IB1234`. Dots, hyphens and slashes inside the number are kept
/// (`0000.GRO0208.I`, `257-260`, `S-87`).
public enum InventoryNumberParser {
    /// Parses `text`; `origin` is nil.
    public static func parse(_ text: String) -> InventoryNumber {
        let written = TextFolding.trim(text)
        let hasParenthesis = written.utf8.contains(UInt8(ascii: "("))
        var rest = TextFolding.collapseWhitespace(hasParenthesis ? parenthesis.replacing(in: written, with: " ") : written)
        if rest.isEmpty {
            // Only a parenthetical: use what it holds.
            rest = TextFolding.collapseWhitespace(written.replacingOccurrences(of: "(", with: " ")
                .replacingOccurrences(of: ")", with: " "))
        }
        var stripped = true
        while stripped {
            stripped = false
            let lowered = rest.lowercased()
            // ASCII text (most numbers) is searched byte by byte first: a label absent from its bytes is absent.
            let asciiBytes: [UInt8]? = lowered.utf8.allSatisfy { $0 < 0x80 } ? Array(lowered.utf8) : nil
            for (label, labelBytes) in zip(labels, labelBytes) {
                if let asciiBytes, let labelBytes, !Self.bytes(asciiBytes, contain: labelBytes) { continue }
                guard let start = labelStart(label, in: lowered) else { continue }
                rest = String(rest.dropFirst(start + label.count))
                rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: " :.-#"))
                stripped = !rest.isEmpty
                break
            }
        }
        let normalized = String(rest.filter { !$0.isWhitespace }).uppercased()
        return InventoryNumber(written: written, normalized: normalized)
    }

    private static let parenthesis = Pattern(#"\([^()]*\)"#)

    /// Where `label` starts in `lowered` (an offset in characters): at the start, or after words without digits
    /// (`Gemäldegalerie Inv. 962`); nil when absent. A label ends at a dot, colon, space or digit, never inside a
    /// word (`nr` in `NRA 12`).
    private static func labelStart(_ label: String, in lowered: String) -> Int? {
        var searchStart = lowered.startIndex
        while let range = lowered.range(of: label, range: searchStart..<lowered.endIndex) {
            let before = lowered[..<range.lowerBound]
            let atWordStart = before.isEmpty || before.last == " "
            let after = lowered[range.upperBound...]
            let endsWithPunctuation = label.last.map { ".:°º#".contains($0) } ?? false
            let endsCleanly = endsWithPunctuation
                || after.first.map({ $0 == " " || $0 == ":" || $0.isNumber }) ?? false
            if atWordStart, endsCleanly, !before.contains(where: \.isNumber) {
                return lowered.distance(from: lowered.startIndex, to: range.lowerBound)
            }
            searchStart = range.upperBound
        }
        return nil
    }

    /// True when `needle` occurs in `haystack`.
    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// The labels' bytes when they are ASCII (nil for `numéro`, `n°`, `nº`, which are always searched as text).
    private static let labelBytes: [[UInt8]?] = labels.map { label in label.utf8.allSatisfy { $0 < 0x80 } ? Array(label.utf8) : nil }

    /// Labels, lower-cased, longest first so that `inv.-nr.` is removed before `inv.`.
    private static let labels: [String] = [
        "inventarisnummer", "inventarnummer", "inventory number", "inventory no.", "inventaris nr.", "inventaris",
        "inventar-nr.", "inventar nr.", "inventar", "inventory", "inv.-nr.", "inv. nr.", "inv.nr.", "inv nr.",
        "inv. no.", "inv.no.", "inv. n°", "inv.", "inv", "gal.-nr.", "gal. nr.", "gal.nr.", "gal nr.", "gal.",
        "objectnummer", "object number", "objektnummer", "accession number", "acc. no.", "acc.no.", "acc. nr.",
        "cat. no.", "kat.-nr.", "kat. nr.", "numéro", "numero", "nummer", "num.", "no.", "nr.", "n°", "no ", "nr ",
        "nº", "#",
    ].map { $0.lowercased().trimmingCharacters(in: .whitespaces) }.sorted { $0.count > $1.count }
}
