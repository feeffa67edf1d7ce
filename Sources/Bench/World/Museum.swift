/// An institution that holds objects of the corpus, with the names each kind of source gives it and its inventory
/// numbering. (Named `Museum` to keep it apart from the schema's `Institution`.)
struct Museum: Sendable {
    /// The id the linker's `Mappings/link/institutions.csv` maps every alias to (`kmska`).
    let id: String
    /// The museum's own language (its catalogue's language when it is a museum source).
    let language: Language
    /// The name in the museum's own catalogue.
    let nativeName: String
    /// The name in other languages, as aggregators and Wikidata labels write it.
    let names: [Language: String]
    /// The abbreviation used in credit lines and inventory numbers (`KMSKA`).
    let abbreviation: String
    /// RKD's form: city, then the museum (`Antwerpen, Koninklijk Museum voor Schone Kunsten`).
    let rkdName: String
    /// Further names met in catalogues.
    let otherNames: [String]
    let inventory: InventoryStyle
    /// First running inventory number.
    let firstNumber: Int
    /// Chance that an inventory number carries a letter suffix (`962 B`).
    let suffixChance: Double
    /// How often an original picture is held here.
    let weight: Double
    let city: String
    let country: String
    /// Europeana dataset id and organization URI.
    let europeanaDataset: String
    let europeanaOrganization: String
    /// The museum's web domain, for record URIs and image links.
    let domain: String

    /// The name in `language`, else the native name.
    func name(in language: Language) -> String {
        language == self.language ? nativeName : names[language] ?? nativeName
    }

    /// Every name this museum goes by in the corpus, unique, in a stable order.
    var aliases: [String] {
        var seen: Set<String> = []
        var out: [String] = []
        let all = [nativeName] + Language.allCases.compactMap { names[$0] } + [abbreviation, rkdName] + otherNames
        for alias in all where seen.insert(alias).inserted { out.append(alias) }
        return out
    }
}
