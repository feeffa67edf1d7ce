import Foundation
import Model

/// The catalogue words of each language: object types, media, roles, attribution qualifiers and relation terms.
enum Phrasebook {
    /// The object type as a catalogue in `language` writes it.
    static func objectType(_ kind: Artwork.Kind, _ language: Language, _ random: inout Xoshiro256) -> String {
        let table = objectTypes[kind] ?? [:]
        return random.pick(table[language] ?? table[.en] ?? ["painting"])
    }

    private static let objectTypes: [Artwork.Kind: [Language: [String]]] = [
        .painting: [.nl: ["schilderij"], .de: ["Gemälde"], .fr: ["peinture", "tableau"], .en: ["painting"]],
        .oilSketch: [.nl: ["olieverfschets"], .de: ["Ölskizze"], .fr: ["esquisse à l'huile"], .en: ["oil sketch"]],
        .print: [.nl: ["prent", "gravure"], .de: ["Kupferstich", "Druckgraphik"], .fr: ["gravure"], .en: ["engraving", "print"]],
    ]

    /// The Getty AAT concept and label of the object type (Linked Art).
    static func objectTypeConcept(_ kind: Artwork.Kind) -> (id: String, label: String) {
        switch kind {
        case .painting: ("http://vocab.getty.edu/aat/300033618", "paintings (visual works)")
        case .oilSketch: ("http://vocab.getty.edu/aat/300417343", "oil sketches")
        case .print: ("http://vocab.getty.edu/aat/300041340", "engravings (prints)")
        }
    }

    /// The medium statement (`olieverf op doek`) and its separate material terms (`olieverf`, `doek`).
    static func medium(_ support: Artwork.Support, _ language: Language) -> (display: String, terms: [String]) {
        switch (support, language) {
        case (.canvas, .nl): ("olieverf op doek", ["olieverf", "doek"])
        case (.canvas, .de): ("Öl auf Leinwand", ["Öl", "Leinwand"])
        case (.canvas, .fr): ("huile sur toile", ["huile", "toile"])
        case (.canvas, _): ("oil on canvas", ["oil paint", "canvas"])
        case (.panel, .nl): ("olieverf op paneel", ["olieverf", "paneel"])
        case (.panel, .de): ("Öl auf Holz", ["Öl", "Holz"])
        case (.panel, .fr): ("huile sur bois", ["huile", "bois"])
        case (.panel, _): ("oil on panel", ["oil paint", "panel"])
        case (.copper, .nl): ("olieverf op koper", ["olieverf", "koper"])
        case (.copper, .de): ("Öl auf Kupfer", ["Öl", "Kupfer"])
        case (.copper, .fr): ("huile sur cuivre", ["huile", "cuivre"])
        case (.copper, _): ("oil on copper", ["oil paint", "copper"])
        case (.paper, .nl): ("gravure op papier", ["papier"])
        case (.paper, .de): ("Kupferstich auf Papier", ["Papier"])
        case (.paper, .fr): ("gravure au burin sur papier", ["papier"])
        case (.paper, _): ("engraving on paper", ["paper"])
        }
    }

    /// The Getty AAT materials of a support (Linked Art `made_of`).
    static func materials(_ support: Artwork.Support) -> [(id: String, label: String)] {
        switch support {
        case .canvas: [("http://vocab.getty.edu/aat/300015050", "oil paint"), ("http://vocab.getty.edu/aat/300014078", "canvas")]
        case .panel: [("http://vocab.getty.edu/aat/300015050", "oil paint"), ("http://vocab.getty.edu/aat/300014657", "panel")]
        case .copper: [("http://vocab.getty.edu/aat/300015050", "oil paint"), ("http://vocab.getty.edu/aat/300011020", "copper")]
        case .paper: [("http://vocab.getty.edu/aat/300014109", "paper")]
        }
    }

    enum Role {
        case painter, engraver, designer
    }

    /// A role term in `language`.
    static func role(_ role: Role, _ language: Language) -> String {
        switch (role, language) {
        case (.painter, .nl): "schilder"
        case (.painter, .de): "Maler"
        case (.painter, .fr): "peintre"
        case (.painter, _): "painter"
        case (.engraver, .nl): "graveur"
        case (.engraver, .de): "Kupferstecher"
        case (.engraver, .fr): "graveur"
        case (.engraver, _): "engraver"
        case (.designer, .nl): "inventor"
        case (.designer, .de): "Inventor"
        case (.designer, .fr): "inventeur"
        case (.designer, _): "designer"
        }
    }

    /// The attribution qualifier as a catalogue in `language` writes it before the name; nil for autograph. For a
    /// print's designer (`print`), "after" is never "copy after".
    static func qualifier(_ qualifier: AttributionQualifier, _ language: Language, print: Bool = false, _ random: inout Xoshiro256) -> String? {
        guard qualifier != .autograph else { return nil }
        let table = (print && qualifier == .after ? printAfter : qualifiers[qualifier]) ?? [.en: [qualifier.rawValue.replacingOccurrences(of: "_", with: " ")]]
        return random.pick(table[language] ?? table[.en] ?? [""])
    }

    private static let printAfter: [Language: [String]] = [.nl: ["naar"], .de: ["nach"], .fr: ["d'après"], .en: ["after"]]

    private static let qualifiers: [AttributionQualifier: [Language: [String]]] = [
        .attributedTo: [.nl: ["toegeschreven aan"], .de: ["zugeschrieben"], .fr: ["attribué à"], .en: ["attributed to"]],
        .workshopOf: [.nl: ["atelier van", "werkplaats van"], .de: ["Werkstatt des", "Werkstatt"], .fr: ["atelier de"], .en: ["workshop of"]],
        .studioOf: [.nl: ["atelier van"], .de: ["Werkstatt"], .fr: ["atelier de"], .en: ["studio of"]],
        .after: [.nl: ["naar", "kopie naar"], .de: ["nach", "Kopie nach"], .fr: ["d'après", "copie d'après"], .en: ["after", "copy after"]],
        .circleOf: [.nl: ["kring van"], .de: ["Umkreis des"], .fr: ["cercle de"], .en: ["circle of"]],
        .followerOf: [.nl: ["navolger van"], .de: ["Nachfolger des"], .fr: ["suiveur de"], .en: ["follower of"]],
    ]

    /// The relation term of a LIDO relatedWorkSet, read from the record's object to the related one.
    static func relationType(_ relation: ArtworkRelation, _ language: Language) -> String {
        switch (relation, language) {
        case (.copyAfter, .nl): "kopie naar"
        case (.copyAfter, .de): "Kopie nach"
        case (.copyAfter, .fr): "copie d'après"
        case (.copyAfter, _): "copy after"
        case (.printAfter, .nl): "prent naar"
        case (.printAfter, .de): "Reproduktionsstich nach"
        case (.printAfter, .fr): "gravure d'après"
        case (.printAfter, _): "print after"
        case (.preparatoryStudyFor, .nl): "voorstudie voor"
        case (.preparatoryStudyFor, .de): "Vorstudie zu"
        case (.preparatoryStudyFor, .fr): "étude préparatoire pour"
        case (.preparatoryStudyFor, _): "preparatory study for"
        case (.versionOf, .nl): "replica van"
        case (.versionOf, .de): "Replik von"
        case (.versionOf, .fr): "réplique de"
        case (.versionOf, _): "version of"
        case (.pendant, .nl): "pendant van"
        case (.pendant, .de): "Pendant zu"
        case (.pendant, .fr): "pendant de"
        case (.pendant, _): "pendant to"
        }
    }

    /// "Copy after the painting by X", as the opening of a description sentence.
    static func relationSentence(_ relation: ArtworkRelation, artist: String, _ language: Language) -> String {
        switch (relation, language) {
        case (.copyAfter, .nl): "Kopie naar het schilderij van \(artist)"
        case (.copyAfter, .de): "Kopie nach dem Gemälde von \(artist)"
        case (.copyAfter, .fr): "Copie d'après le tableau de \(artist)"
        case (.copyAfter, _): "Copy after the painting by \(artist)"
        case (.printAfter, .nl): "Reproductieprent naar het schilderij van \(artist)"
        case (.printAfter, .de): "Reproduktionsstich nach dem Gemälde von \(artist)"
        case (.printAfter, .fr): "Gravure d'après le tableau de \(artist)"
        case (.printAfter, _): "Reproductive print after the painting by \(artist)"
        case (.preparatoryStudyFor, .nl): "Olieverfschets voor het schilderij"
        case (.preparatoryStudyFor, .de): "Ölskizze zum Gemälde"
        case (.preparatoryStudyFor, .fr): "Esquisse préparatoire pour le tableau"
        case (.preparatoryStudyFor, _): "Oil sketch for the painting"
        case (.versionOf, .nl): "Atelierreplica van het schilderij"
        case (.versionOf, .de): "Werkstattreplik des Gemäldes"
        case (.versionOf, .fr): "Réplique d'atelier du tableau"
        case (.versionOf, _): "Workshop replica of the painting"
        case (.pendant, .nl): "Pendant van"
        case (.pendant, .de): "Gegenstück zu"
        case (.pendant, .fr): "Pendant de"
        case (.pendant, _): "Pendant to"
        }
    }
}
