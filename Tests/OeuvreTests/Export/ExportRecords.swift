import Foundation
import Model

/// Hand-made records whose values break naive CSV, XML and JSON writers: commas, quotes, line breaks (LF and
/// CRLF), tabs, markup, non-Latin scripts, an emoji, ids with slashes and spaces, and cells a spreadsheet would run.
enum ExportRecords {
    static let harvestedAt = Date(timeIntervalSince1970: 1_704_067_200)

    /// Every value hostile to some format.
    static let tricky = CatalogueRecord(
        key: RecordKey(source: "hand", recordID: "tricky/1, \"quoted\""),
        institution: Institution(name: "Musée \"Royal\", Antwerpen & <Gent>"),
        titles: [
            LocalizedText(text: "Anbetung der Könige, \"erste\" Fassung\nzweite Zeile\r\nmit CRLF", language: "de", preferred: true, origin: "lido:titleSet[1]"),
            LocalizedText(text: "Поклонение волхвов", language: "ru", origin: "lido:titleSet[2]"),
            LocalizedText(text: "Η Προσκύνηση των Μάγων", language: "el", origin: "lido:titleSet[3]"),
            LocalizedText(text: "東方三博士の礼拝", language: "ja", origin: "lido:titleSet[4]"),
            LocalizedText(text: "سجود المجوس", language: "ar", origin: "lido:titleSet[5]"),
        ],
        agents: [
            AgentCredit(
                name: "Rubens, Peter Paul", display: "atelier van \"Rubens\"", role: "schilder, tekenaar", qualifier: .workshopOf,
                authorityIDs: [Identifier(scheme: .rkd, value: "68737"), Identifier(scheme: .wikidata, value: "Q5599")]),
        ],
        date: DateSpan(display: "ca. 1615–1620, \"circa\"", earliest: 1615, latest: 1620),
        dimensions: [Dimensions(height: 205.5, width: 267, unit: "cm", part: .support, display: "205,5 x 267 cm")],
        objectTypes: [Term(label: "painting", language: "en", uri: "http://vocab.getty.edu/aat/300033618")],
        materials: [Term(label: "oil on panel, oak", language: "en")],
        inventoryNumber: InventoryNumber(written: "Gal.-Nr. 962 B", normalized: "962B"),
        subjects: [Subject(label: "Adoration of the Magi, \"kings\"", iconclass: "73B57")],
        identifiers: [Identifier(scheme: .local, value: "inv=962,B")],
        images: [ImageReference(kind: .url, url: "https://images.example.org/a b/962,B.jpg?x=1&y=2")],
        rights: [Term(label: "CC0", uri: "http://creativecommons.org/publicdomain/zero/1.0/")],
        descriptions: [LocalizedText(text: "Tab\there; <b>bold</b> & 'apostrophes'; emoji 🎨; ]]> end", language: "en")],
        provenance: [ProvenanceEntry(text: "Sold 1710, Antwerp; \"Lot 12\"")],
        sourceURL: "https://collection.example.org/object/962,B?lang=de&x=y",
        harvestedAt: harvestedAt, rawHash: "")

    /// A record with a non-Latin id and titles only in non-Latin scripts.
    static let cyrillic = CatalogueRecord(
        key: RecordKey(source: "hand", recordID: "Инв. 12/3"),
        institution: Institution(name: "Государственный Эрмитаж"),
        titles: [LocalizedText(text: "Вакх", language: "ru", preferred: true), LocalizedText(text: "バッカス", language: "ja")],
        agents: [AgentCredit(name: "Рубенс, Питер Пауль", qualifier: .autograph)],
        date: DateSpan(display: "1638–1640", earliest: 1638, latest: 1640),
        dimensions: [Dimensions(height: 191, width: 161.3, unit: "cm")],
        objectTypes: [Term(label: "painting", language: "en", uri: "http://vocab.getty.edu/aat/300033618")],
        inventoryNumber: InventoryNumber(written: "ГЭ-470", normalized: "470"),
        harvestedAt: harvestedAt, rawHash: "")

    /// Cells a spreadsheet would evaluate.
    static let formula = CatalogueRecord(
        key: RecordKey(source: "hand", recordID: "formula"),
        institution: Institution(name: "@SUM(1+1)"),
        titles: [LocalizedText(text: "=HYPERLINK(\"http://evil.example\",\"click\")", language: "en", preferred: true)],
        inventoryNumber: InventoryNumber(written: "-12+3", normalized: "123"),
        harvestedAt: harvestedAt, rawHash: "")

    /// Every attribution qualifier Linked Art models, on one record.
    static let qualifiers = CatalogueRecord(
        key: RecordKey(source: "hand", recordID: "qualifiers"),
        institution: Institution(name: "Staatliche Kunstsammlungen Dresden", uri: "https://skd.museum/"),
        titles: [LocalizedText(text: "Diana und Aktaion", language: "de", preferred: true)],
        agents: [
            AgentCredit(name: "Jordaens, Jacob", qualifier: .attributedTo),
            AgentCredit(name: "Snyders, Frans", qualifier: .circleOf),
            AgentCredit(name: "van Dyck, Anthony", display: "navolger van Van Dyck", qualifier: .followerOf),
            AgentCredit(name: "Brueghel, Jan", qualifier: .mannerOf),
            AgentCredit(name: "Titian", qualifier: .after),
            AgentCredit(name: "Wildens, Jan", qualifier: .inCollaborationWith),
            AgentCredit(name: "Quellinus, Erasmus", qualifier: .studioOf),
            AgentCredit(name: "de Vos, Cornelis", qualifier: .schoolOf),
        ],
        date: DateSpan(display: "um 1640", earliest: 1635, latest: 1645),
        objectTypes: [Term(label: "Gemälde", language: "de")],
        techniques: [Term(label: "oil painting", language: "en", uri: "http://vocab.getty.edu/aat/300178684")],
        harvestedAt: harvestedAt, rawHash: "")

    /// A work with only a IIIF image service (Image API 2), taller than wide.
    static let service = CatalogueRecord(
        key: RecordKey(source: "hand", recordID: "service"),
        institution: Institution(name: "Museum voor Schone Kunsten Gent"),
        titles: [LocalizedText(text: "Studie van een oude man", language: "nl", preferred: true)],
        dimensions: [Dimensions(height: 100, width: 50, unit: "cm")],
        images: [ImageReference(kind: .iiifImageService, url: "https://iiif.example.org/iiif/2/study-old-man/info.json")],
        harvestedAt: harvestedAt, rawHash: "")

    /// Added after the link run: indexed as a provisional one-record work.
    static let late = CatalogueRecord(
        key: RecordKey(source: "late", recordID: "L-1"),
        institution: Institution(name: "Dulwich Picture Gallery"),
        titles: [LocalizedText(text: "Venus, Mars and Cupid", language: "en", preferred: true)],
        agents: [AgentCredit(name: "Rubens, Peter Paul")],
        date: DateSpan(display: "c. 1630", earliest: 1629, latest: 1631),
        harvestedAt: harvestedAt, rawHash: "")

    static let linked = [tricky, cyrillic, formula, qualifiers, service]
}
