import Foundation
import Model

/// A person's name reduced to comparable parts: forenames, surname (with its particles) and generation.
///
/// Built by ``AgentNameNormalizer/key(_:)``:
/// * life dates and other parentheses with digits are dropped (`Rubens, Peter Paul (1577-1640)`);
/// * case and diacritics are folded, Dutch `ij` is read as `y` (`Snijders` = `Snyders`, `Dijck` = `Dyck`);
/// * `Surname, Forenames` is turned round (`Dyck, Anthony van` = `Anthony van Dyck`);
/// * punctuation separates initials (`P.P.` = `P. P.` = `p p`) and hyphenated names;
/// * generational suffixes become `i` / `ii`: `I`, `the Elder`, `de Oude`, `der Ältere`, `d. Ä.`, `l'Ancien`,
///   `senior` → `i`; `II`, `the Younger`, `de Jonge`, `der Jüngere`, `d. J.`, `le Jeune`, `junior` → `ii`;
///   `III` and `IV` stay as they are;
/// * Dutch, German, Latin, French and Italian forms of common forenames become one form (`Pieter`, `Petrus`,
///   `Pierre`, `Pietro` → `peter`; `Pauwel`, `Paulus`, `Paolo` → `paul`; `Antoon`, `Anthonie`, `Antonius` → `anthony`);
/// * spellings of a few family names are merged (`Bruegel`, `Breughel`, `Breugel` → `brueghel`).
struct AgentNameKey: Sendable, Hashable {
    var forenames: [String]
    /// The family name with the particles before it (`van dyck`, `a bolswert`).
    var surname: [String]
    /// `i`, `ii`, `iii`, `iv` or nil.
    var generation: String?

    var isEmpty: Bool { forenames.isEmpty && surname.isEmpty }

    /// The whole key as one string, used for exact matches.
    var text: String {
        (forenames + surname + (generation.map { [$0] } ?? [])).joined(separator: " ")
    }

    init(_ raw: String) {
        var name = raw
        // Parentheses: a generation such as `(I)` or `(de Jonge)` is kept, everything else dropped.
        var generation: String?
        while let m = AgentNameKey.parenthesis.firstMatch(in: name) {
            let inner = AgentNameKey.tokens(m[1] ?? "")
            if let g = AgentNameKey.generation(of: inner[...]), g.length == inner.count { generation = g.value }
            name.replaceSubrange(m.range, with: " ")
        }
        // Loose life dates: `Rubens, Peter Paul, 1577-1640`, `Jan, 1568-1625 Bruegel`.
        name = AgentNameKey.lifeDates.replacing(in: name, with: " ")
        var folded = TextFolding.fold(name).replacingOccurrences(of: "ij", with: "y")
        folded = AgentNameKey.honorific.replacing(in: folded, with: " ")

        let commaParts = folded.split(separator: ",").map { String($0) }.filter {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        var forenames: [String]
        var surname: [String]
        if commaParts.count >= 2 {
            // `Surname [gen], Forenames [particles] [gen][, gen]`.
            var surnameTokens = AgentNameKey.tokens(commaParts[0])[...]
            var forenameTokens = AgentNameKey.tokens(commaParts[1])[...]
            for extra in commaParts.dropFirst(2) {
                let tokens = AgentNameKey.tokens(extra)
                if let g = AgentNameKey.generation(of: tokens[...]), g.length == tokens.count { generation = g.value }
            }
            if let g = AgentNameKey.generation(of: surnameTokens), g.length < surnameTokens.count {
                generation = g.value
                surnameTokens = surnameTokens.dropLast(g.length)
            }
            if forenameTokens.count > 1, let g = AgentNameKey.generation(of: forenameTokens),
               g.length < forenameTokens.count
            {
                generation = g.value
                forenameTokens = forenameTokens.dropLast(g.length)
            }
            var particles: [String] = []
            while let last = forenameTokens.last, AgentNameKey.particles.contains(last), forenameTokens.count > 1 {
                particles.insert(last, at: 0)
                forenameTokens = forenameTokens.dropLast()
            }
            forenames = Array(forenameTokens)
            surname = particles + Array(surnameTokens)
        } else {
            var tokens = AgentNameKey.tokens(folded)[...]
            if tokens.count > 1, let g = AgentNameKey.generation(of: tokens), g.length < tokens.count {
                generation = g.value
                tokens = tokens.dropLast(g.length)
            }
            var surnameTokens: [String] = []
            if let last = tokens.popLast() { surnameTokens = [last] }
            while let last = tokens.last, AgentNameKey.particles.contains(last), !tokens.dropLast().isEmpty {
                surnameTokens.insert(last, at: 0)
                tokens = tokens.dropLast()
            }
            // A leading particle with no forename before it belongs to the surname (`van Dyck`); a single letter
            // there is an initial (`A. van Dyck`), not `à`.
            if tokens.allSatisfy({ AgentNameKey.particles.contains($0) && $0.count > 1 }) {
                surnameTokens = Array(tokens) + surnameTokens
                tokens = []
            }
            forenames = Array(tokens)
            surname = surnameTokens
        }
        self.forenames = forenames.map { AgentNameKey.forenameForms[$0] ?? $0 }
        self.surname = surname.map { AgentNameKey.surnameForms[$0] ?? $0 }
        self.generation = generation
    }

    /// True when this key, used as a query, can stand for `other` (an entry's variant): same surname, same
    /// generation (a name without one never stands for `the Younger`), and forenames that equal `other`'s from the
    /// start or are their initials (`p p` for `peter paul`, `peter` for `peter paul`).
    func abbreviates(_ other: AgentNameKey) -> Bool {
        guard surname == other.surname, generation == other.generation, !forenames.isEmpty,
              forenames.count <= other.forenames.count
        else {
            return false
        }
        for (mine, theirs) in zip(forenames, other.forenames) {
            if mine == theirs { continue }
            if mine.count == 1, theirs.hasPrefix(mine) { continue }
            return false
        }
        return true
    }

    // MARK: - Word lists

    private static let parenthesis = Pattern(#"\(([^()]*)\)"#)
    private static let lifeDates = Pattern(#"\b(?:ca\.?\s*)?\d{3,4}(?:\s*[-–/]\s*(?:ca\.?\s*)?\d{2,4})?\b"#)
    private static let honorific = Pattern(#"\b(?:sir|dr|mr|jhr)\b\.?"#)

    static let particles: Set<String> = [
        "van", "de", "der", "den", "von", "vom", "zu", "a", "ab", "du", "des", "la", "le", "ten", "ter", "di", "da",
        "del", "della", "dei", "degli", "d", "t", "op", "in", "het", "vander", "vanden",
    ]

    private static let generationSuffixes: [([String], String)] = [
        (["the", "elder"], "i"), (["elder"], "i"), (["d", "a"], "i"), (["d", "ae"], "i"), (["d", "alt"], "i"),
        (["der", "altere"], "i"), (["der", "aeltere"], "i"), (["de", "oude"], "i"), (["de", "oudere"], "i"),
        (["den", "ouden"], "i"), (["l", "ancien"], "i"), (["il", "vecchio"], "i"), (["el", "viejo"], "i"),
        (["senior"], "i"), (["sr"], "i"), (["senex"], "i"), (["i"], "i"),
        (["the", "younger"], "ii"), (["younger"], "ii"), (["d", "j"], "ii"), (["d", "jung"], "ii"),
        (["der", "jungere"], "ii"), (["der", "juengere"], "ii"), (["de", "jonge"], "ii"), (["de", "jongere"], "ii"),
        (["le", "jeune"], "ii"), (["il", "giovane"], "ii"), (["el", "joven"], "ii"), (["junior"], "ii"),
        (["jr"], "ii"), (["ii"], "ii"), (["iii"], "iii"), (["iv"], "iv"),
    ]

    /// A generational suffix at the end of `tokens`, with its length in tokens.
    static func generation(of tokens: ArraySlice<String>) -> (value: String, length: Int)? {
        for (words, value) in generationSuffixes where tokens.count >= words.count {
            if Array(tokens.suffix(words.count)) == words { return (value, words.count) }
        }
        return nil
    }

    /// Folded words: punctuation (`.`, `-`, `'`) separates, so initials and hyphenated names become words.
    static func tokens(_ text: String) -> [String] {
        TextFolding.fold(text).replacingOccurrences(of: "ij", with: "y")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }

    private static let forenameGroups: [(String, [String])] = [
        ("peter", ["pieter", "peeter", "petrus", "pierre", "pietro", "pedro", "piter", "pet", "piet"]),
        ("paul", ["paulus", "pauwel", "pauwels", "paolo", "pablo", "paulo", "pol"]),
        ("jan", ["johannes", "joannes", "ioannes", "johann", "johan", "jean", "giovanni", "juan"]),
        ("anthony", ["anthonie", "antoon", "anton", "antonio", "antoine", "antonius", "anthonis", "antonis",
                     "antonie", "antony", "anthonius", "ant"]),
        ("jacob", ["jacobus", "jakob", "jacques", "jaques", "giacomo", "iacob", "iacobus", "jacopo"]),
        ("frans", ["franz", "francois", "franciscus", "francesco", "franchoys", "franchois", "francis"]),
        ("cornelis", ["cornelius", "corneille"]),
        ("theodoor", ["theodor", "theodore", "theodorus", "theodoro"]),
        ("erasmus", ["erasme"]),
        ("justus", ["joost", "juste", "giusto", "iustus"]),
        ("willem", ["wilhelm", "guillaume", "guilielmus", "gulielmus", "william", "guglielmo"]),
        ("lucas", ["lukas", "luc", "luca"]),
        ("christoffel", ["christoph", "christophe", "christophel", "christopher", "christophorus", "christoforo"]),
        ("hieronymus", ["jheronimus", "jeroen", "jerome", "hieronimus", "girolamo", "geronimo"]),
        ("joseph", ["jozef", "josef", "josephus", "giuseppe", "jose"]),
        ("schelte", ["scheltius"]),
        ("boetius", ["boece", "bootius", "boethius"]),
        ("abraham", ["abrahamus"]),
        ("david", ["davide"]),
        ("vincent", ["vincenzo", "vincentius"]),
        ("alessandro", ["alexander", "alexandre"]),
    ]

    static let forenameForms: [String: String] = {
        var forms: [String: String] = [:]
        for (canonical, variants) in forenameGroups {
            for v in variants { forms[v] = canonical }
        }
        return forms
    }()

    static let surnameForms: [String: String] = [
        "bruegel": "brueghel", "breughel": "brueghel", "breugel": "brueghel", "broeghel": "brueghel",
        "brughel": "brueghel",
    ]
}
