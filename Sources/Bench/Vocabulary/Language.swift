/// The languages the corpus writes catalogue text in (Latin only for print inscriptions and iconography names).
enum Language: String, Sendable, CaseIterable, Hashable {
    case nl, de, fr, en, la

    /// The Getty AAT concept Linked Art uses for the language.
    var aatID: String {
        switch self {
        case .nl: "http://vocab.getty.edu/aat/300388256"
        case .de: "http://vocab.getty.edu/aat/300388344"
        case .fr: "http://vocab.getty.edu/aat/300388306"
        case .en: "http://vocab.getty.edu/aat/300388277"
        case .la: "http://vocab.getty.edu/aat/300388693"
        }
    }

    /// The language's English name (Linked Art `_label`).
    var englishName: String {
        switch self {
        case .nl: "Dutch"
        case .de: "German"
        case .fr: "French"
        case .en: "English"
        case .la: "Latin"
        }
    }
}
