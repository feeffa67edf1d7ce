import Foundation

/// The table of iconographic terms across languages (`Mappings/link/iconography.csv`) and the title stop words
/// (`Mappings/link/stopwords.csv`): the linker compares titles by concept, and search expands query terms with it.
///
/// `Anbetung der Könige`, `Aanbidding der koningen` and `Adoration of the Magi` all analyse to the concepts
/// `adoration` and `magi`. Terms are matched on folded tokens (case and diacritics removed), longest phrase first.
public struct IconographyTable: Sendable {
    /// Concept by its phrase of folded tokens.
    private let phrases: [[String]: String]
    /// The longest phrase that starts with each first token: most title words start none, and are not looked up.
    private let longestByFirstToken: [String: Int]
    /// Every term of a concept, folded, in file order.
    public let termsByConcept: [String: [String]]
    public let stopWords: Set<String>

    /// What a text is made of: the concepts it names and its other significant words.
    public struct Analysis: Sendable, Equatable {
        public var concepts: [String]
        public var words: [String]
    }

    /// Builds the table from the two files' contents; `path`s name them in errors.
    public init(iconography: String, stopWords: String, iconographyPath: String = "iconography.csv", stopWordsPath: String = "stopwords.csv") throws {
        var phrases: [[String]: String] = [:]
        var terms: [String: [String]] = [:]
        for (number, fields) in try SimpleCSV.rows(iconography, path: iconographyPath, header: ["concept", "lang", "term"]) {
            let tokens = Self.tokens(fields[2])
            guard !fields[0].isEmpty, !tokens.isEmpty else {
                throw FileLocatedError(file: iconographyPath, line: number, key: "term", message: "a row needs a concept and a term")
            }
            phrases[tokens] = fields[0]
            terms[fields[0], default: []].append(tokens.joined(separator: " "))
        }
        var stops: Set<String> = []
        for (_, fields) in try SimpleCSV.rows(stopWords, path: stopWordsPath, header: ["lang", "word"]) {
            stops.formUnion(Self.tokens(fields[1]))
        }
        self.phrases = phrases
        var longestByFirstToken: [String: Int] = [:]
        for phrase in phrases.keys { longestByFirstToken[phrase[0]] = max(longestByFirstToken[phrase[0]] ?? 0, phrase.count) }
        self.longestByFirstToken = longestByFirstToken
        self.termsByConcept = terms
        self.stopWords = stops
    }

    /// Loads `link/iconography.csv` and `link/stopwords.csv` from the mappings folder.
    public static func load(mappings: String) throws -> IconographyTable {
        let iconography = (mappings as NSString).appendingPathComponent("link/iconography.csv")
        let stopWords = (mappings as NSString).appendingPathComponent("link/stopwords.csv")
        func read(_ path: String) throws -> String {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw FileLocatedError(file: path, line: nil, key: nil, message: "cannot read the file; it ships with Oeuvre under Mappings/link/")
            }
            return text
        }
        return try IconographyTable(iconography: try read(iconography), stopWords: try read(stopWords), iconographyPath: iconography, stopWordsPath: stopWords)
    }

    /// The folded tokens of a text: letters and digits, split at everything else.
    public static func tokens(_ text: String) -> [String] {
        let folded = TextFolding.fold(text)
        // Folded ASCII text splits at every byte that is not a letter or digit, as the Unicode split would.
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            return folded.utf8.split(whereSeparator: { byte in
                !((0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte))
            }).map { String(decoding: $0, as: UTF8.self) }
        }
        return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The concepts a text names (longest phrase first, each once, in text order) and its other words that are
    /// not stop words.
    public func analyze(_ text: String) -> Analysis {
        let tokens = Self.tokens(text)
        var concepts: [String] = []
        var words: [String] = []
        var index = 0
        while index < tokens.count {
            var matched = false
            let longest = longestByFirstToken[tokens[index]] ?? 0
            for length in stride(from: min(longest, tokens.count - index), through: 1, by: -1) {
                if let concept = phrases[Array(tokens[index..<(index + length)])] {
                    if !concepts.contains(concept) { concepts.append(concept) }
                    index += length
                    matched = true
                    break
                }
            }
            if !matched {
                let token = tokens[index]
                if !stopWords.contains(token), token.count > 1 || token.first?.isNumber == true { words.append(token) }
                index += 1
            }
        }
        return Analysis(concepts: concepts, words: words)
    }

    /// The concept a single folded term or phrase belongs to, if any.
    public func concept(of term: String) -> String? {
        phrases[Self.tokens(term)]
    }
}
