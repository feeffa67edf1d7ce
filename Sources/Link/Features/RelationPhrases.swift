import Foundation
import Model

/// The words records use for relations between works, in every language (`Mappings/link/relation_phrases.csv`):
/// `Kopie nach` and `naar` say copy_after, `studie voor` says preparatory_study_for. The longest phrase found wins.
public struct RelationPhrases: Sendable {
    /// Folded phrases, longest first.
    let phrases: [(phrase: String, relation: LinkRelation)]

    public init(rows: [(Int, [String])], path: String) throws {
        var phrases: [(String, LinkRelation)] = []
        for (line, fields) in rows {
            guard let relation = LinkRelation(name: fields[0]), relation != .sameObject else {
                throw FileLocatedError(file: path, line: line, key: "relation", message: "unknown relation `\(fields[0])`; use one of \(LinkRelation.names) except same_object")
            }
            phrases.append((" " + IconographyTable.tokens(fields[1]).joined(separator: " ") + " ", relation))
        }
        self.phrases = phrases.sorted { $0.0.count > $1.0.count }
    }

    /// The relation a phrase names, nil when it names none.
    public func relation(in text: String) -> LinkRelation? {
        let folded = " " + IconographyTable.tokens(text).joined(separator: " ") + " "
        return phrases.first { folded.contains($0.phrase) }?.relation
    }
}
