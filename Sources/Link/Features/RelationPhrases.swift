import Foundation
import Model

/// The words records use for relations between works, in every language (`Mappings/link/relation_phrases.csv`):
/// `Kopie nach` and `naar` say copy_after, `studie voor` says preparatory_study_for. The longest phrase found wins.
public struct RelationPhrases: Sendable {
    /// Folded phrases, longest first.
    let phrases: [(phrase: String, relation: LinkRelation)]
    /// Each phrase's words, in the order of `phrases`.
    private let words: [[String]]
    /// The phrases (indexes into `phrases`) by their first word.
    private let byFirstWord: [String: [Int]]

    public init(rows: [(Int, [String])], path: String) throws {
        var phrases: [(String, LinkRelation)] = []
        for (line, fields) in rows {
            guard let relation = LinkRelation(name: fields[0]), relation != .sameObject else {
                throw FileLocatedError(file: path, line: line, key: "relation", message: "unknown relation `\(fields[0])`; use one of \(LinkRelation.names) except same_object")
            }
            phrases.append((" " + IconographyTable.tokens(fields[1]).joined(separator: " ") + " ", relation))
        }
        self.phrases = phrases.sorted { $0.0.count > $1.0.count }
        words = self.phrases.map { $0.phrase.split(separator: " ").map(String.init) }
        var byFirstWord: [String: [Int]] = [:]
        for (index, phraseWords) in words.enumerated() {
            if let first = phraseWords.first { byFirstWord[first, default: []].append(index) }
        }
        self.byFirstWord = byFirstWord
    }

    /// The relation a phrase names, nil when it names none: the longest phrase whose words stand in the text in a row.
    public func relation(in text: String) -> LinkRelation? {
        let tokens = IconographyTable.tokens(text)
        var best = Int.max
        for start in tokens.indices {
            for index in byFirstWord[tokens[start]] ?? [] where index < best {
                let phraseWords = words[index]
                guard start + phraseWords.count <= tokens.count else { continue }
                if tokens[start..<(start + phraseWords.count)].elementsEqual(phraseWords) { best = index }
            }
        }
        return best == Int.max ? nil : phrases[best].relation
    }
}
