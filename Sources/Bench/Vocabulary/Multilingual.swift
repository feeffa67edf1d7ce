/// A text in each language, with variant phrasings: `variants[.nl]` is the usual form first, then others a
/// catalogue may write.
struct Multilingual: Sendable {
    let variants: [Language: [String]]

    /// `"Aanbidding der koningen|De aanbidding der koningen"` per language: `|` separates variants.
    init(nl: String, de: String, fr: String, en: String, la: String? = nil) {
        var table: [Language: [String]] = [:]
        table[.nl] = nl.split(separator: "|").map(String.init)
        table[.de] = de.split(separator: "|").map(String.init)
        table[.fr] = fr.split(separator: "|").map(String.init)
        table[.en] = en.split(separator: "|").map(String.init)
        if let la { table[.la] = la.split(separator: "|").map(String.init) }
        variants = table
    }

    /// The usual form in `language` (English when the language is missing).
    func standard(_ language: Language) -> String {
        (variants[language] ?? variants[.en] ?? [""])[0]
    }

    /// The forms in `language`, usual first.
    func forms(_ language: Language) -> [String] {
        variants[language] ?? variants[.en] ?? [""]
    }
}
