import Foundation
import Model

/// Puts agent names into their preferred form with authority identifiers, using an ``AuthorityTable``.
public enum AgentNameNormalizer {
    /// The preferred name and identifiers of `name` when the table knows it; otherwise the name cleaned
    /// (``clean(_:)``) with no identifiers.
    public static func normalize(_ name: String, table: AuthorityTable) -> (preferredName: String, identifiers: [Identifier]) {
        if let entry = table.lookup(name) {
            return (entry.preferredName, entry.identifiers)
        }
        return (clean(name), [])
    }

    /// `name` with parentheses holding dates removed (`Rubens, Peter Paul (1577-1640)`), white space collapsed
    /// and stray commas or semicolons at the ends removed.
    public static func clean(_ name: String) -> String {
        var text = parenthesisWithNumber.replacing(in: name, with: " ")
        text = TextFolding.collapseWhitespace(text)
        return text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
    }

    private static let parenthesisWithNumber = Pattern(#"\([^()]*\d[^()]*\)"#)

    /// The comparison key of a name (see ``AuthorityTable``): `Rubens, Pieter Pauwel (1577-1640)` and
    /// `Petrus Paulus Rubens` give `peter paul rubens`; `P. P. Rubens` gives `p p rubens`, which the table matches
    /// through its initials; `Jan Brueghel d. Ä.` gives `jan brueghel i`.
    public static func key(_ name: String) -> String {
        AgentNameKey(name).text
    }

    /// The family name's last word, folded (`Dyck, Anthony van` → `dyck`; `P.P. Rubens` → `rubens`): the part of a
    /// name that every catalogue writes the same way, for comparing agents across sources.
    public static func surname(_ name: String) -> String {
        let key = AgentNameKey(name)
        return key.surname.last ?? key.forenames.last ?? ""
    }

    /// The family name's last word and the initials of the forenames (`Rubens, Pieter Pauwel` → `rubens`, `pp`;
    /// `Jan Davidsz. de Heem` → `heem`, `jd`): enough to tell two painters of one family apart while accepting
    /// `P.P. Rubens` for `Peter Paul Rubens`.
    public static func identity(_ name: String) -> (surname: String, initials: String) {
        let key = AgentNameKey(name)
        guard let surname = key.surname.last ?? key.forenames.last else { return ("", "") }
        let initials = key.surname.isEmpty ? "" : String(key.forenames.compactMap(\.first))
        return (surname, initials + (key.generation.map { "/" + $0 } ?? ""))
    }
}
