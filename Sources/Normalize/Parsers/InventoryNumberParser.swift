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
        var rest = TextFolding.collapseWhitespace(written.replacing(/\([^()]*\)/, with: " "))
        var stripped = true
        while stripped {
            stripped = false
            let folded = TextFolding.fold(rest)
            for label in labels {
                guard folded.hasPrefix(label) else { continue }
                let after = folded.dropFirst(label.count)
                // A label ends at a dot, a colon, a space or a digit, never inside a word (`Nr` in `NRA12`).
                let endsWithPunctuation = label.last.map { ".:°#".contains($0) } ?? false
                guard endsWithPunctuation || after.first.map({ $0 == " " || $0 == ":" || $0.isNumber }) ?? false else {
                    continue
                }
                rest = String(rest.dropFirst(label.count))
                rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: " :.-#"))
                stripped = !rest.isEmpty
                break
            }
        }
        let normalized = String(rest.filter { !$0.isWhitespace }).uppercased()
        return InventoryNumber(written: written, normalized: normalized)
    }

    /// Labels, folded, longest first so that `inv.-nr.` is removed before `inv.`.
    private static let labels: [String] = [
        "inventarisnummer", "inventarnummer", "inventory number", "inventory no.", "inventaris nr.", "inventaris",
        "inventar-nr.", "inventar nr.", "inventar", "inventory", "inv.-nr.", "inv. nr.", "inv.nr.", "inv nr.",
        "inv. no.", "inv.no.", "inv. n°", "inv.", "inv", "gal.-nr.", "gal. nr.", "gal.nr.", "gal nr.", "gal.",
        "objectnummer", "object number", "objektnummer", "accession number", "acc. no.", "acc.no.", "acc. nr.",
        "cat. no.", "kat.-nr.", "kat. nr.", "numéro", "numero", "nummer", "num.", "no.", "nr.", "n°", "no ", "nr ",
        "nº", "#",
    ].map { TextFolding.fold($0) }.sorted { $0.count > $1.count }
}
