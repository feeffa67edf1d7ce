import Foundation
import Model

/// Hand-written records for the linker's tricky cases, written the way the partners' catalogues write them.
enum LinkRecords {
    static func record(
        _ source: String, _ id: String, title: String, language: String, agent: String = "Rubens, Peter Paul",
        qualifier: AttributionQualifier = .autograph, role: String? = nil, date: (String, Int, Int)? = nil,
        size: (Double, Double)? = nil, type: String = "painting", typeURI: String? = "http://vocab.getty.edu/aat/300033618",
        material: String? = "oil on canvas", institution: String? = nil, inventory: String? = nil,
        identifiers: [Identifier] = [], related: [RelatedWorkStatement] = [], extraAgents: [AgentCredit] = []
    ) -> CatalogueRecord {
        CatalogueRecord(
            key: RecordKey(source: SourceID(source), recordID: id),
            institution: institution.map { Institution(name: $0) },
            titles: [LocalizedText(text: title, language: language, preferred: true)],
            agents: [AgentCredit(name: agent, role: role, qualifier: qualifier)] + extraAgents,
            date: date.map { DateSpan(display: $0.0, earliest: $0.1, latest: $0.2) },
            dimensions: size.map { [Dimensions(height: $0.0, width: $0.1, unit: "cm", part: .support)] } ?? [],
            objectTypes: [Term(label: type, language: "en", uri: typeURI)],
            materials: material.map { [Term(label: $0, language: "en")] } ?? [],
            inventoryNumber: inventory.map { InventoryNumber(written: $0, normalized: $0.replacingOccurrences(of: "inv. ", with: "").replacingOccurrences(of: " ", with: "")) },
            identifiers: identifiers,
            relatedWorks: related,
            harvestedAt: Date(timeIntervalSince1970: 1_700_000_000),
            rawHash: "")
    }

    /// KMSKA's Adoration of the Magi (inv. 298) in Dutch.
    static let kmskaAdoration = record(
        "kmska", "298", title: "Aanbidding der Koningen", language: "nl", date: ("1624", 1624, 1624), size: (447, 336),
        institution: "Koninklijk Museum voor Schone Kunsten Antwerpen", inventory: "298")
    /// The same painting as Europeana describes it, in English, with the inventory number written differently.
    static let europeanaAdoration = record(
        "europeana", "/2048001/kmska_298", title: "The Adoration of the Magi", language: "en", date: ("c. 1624", 1623, 1625),
        size: (447.0, 336.5), institution: "Royal Museum of Fine Arts Antwerp", inventory: "inv. 298",
        identifiers: [Identifier(scheme: .europeana, value: "/2048001/kmska_298")])
    /// Another Adoration by Rubens, in Dresden's catalogue: same subject, another object.
    static let dresdenAdoration = record(
        "skd", "gal-nr-959", title: "Anbetung der Könige", language: "de", date: ("um 1617", 1616, 1618), size: (251, 328),
        institution: "Gemäldegalerie Alte Meister", inventory: "959")
    /// Rubens's oil sketch for the Antwerp Adoration: small, on panel, two years earlier.
    static let sketchForAdoration = record(
        "rkd", "sketch-298", title: "Adoration of the Magi (modello)", language: "en", date: ("1622", 1622, 1622), size: (64, 48),
        type: "oil sketch", typeURI: "http://vocab.getty.edu/aat/300417343", material: "oil on panel",
        institution: "Wallace Collection", inventory: "P519")
    /// Bolswert's engraving after the Antwerp Adoration.
    static let printAfterAdoration = record(
        "rkd", "print-bolswert", title: "Aanbidding der koningen", language: "nl", agent: "Bolswert, Schelte Adamsz.",
        role: "engraver", date: ("1638", 1638, 1638), size: (61, 44), type: "engraving", typeURI: "http://vocab.getty.edu/aat/300041340",
        material: "paper", institution: "Museum Plantin-Moretus", inventory: "PK.OPB.0187",
        related: [RelatedWorkStatement(relation: "prent naar", target: nil, label: "het schilderij in het KMSKA, inv. 298")],
        extraAgents: [AgentCredit(name: "Rubens, Peter Paul", display: "naar Rubens", qualifier: .after)])
    /// A later copy of the Antwerp Adoration, "naar Rubens", stating what it copies.
    static let copyOfAdoration = record(
        "museum-b", "copy-1", title: "Aanbidding der koningen (kopie)", language: "nl", qualifier: .after, date: ("18de eeuw", 1700, 1799),
        size: (140, 105), institution: "Museum voor Schone Kunsten Gent", inventory: "1914-AB",
        related: [RelatedWorkStatement(relation: "kopie naar", target: "298", label: "Aanbidding der Koningen, KMSKA inv. 298")])
}
