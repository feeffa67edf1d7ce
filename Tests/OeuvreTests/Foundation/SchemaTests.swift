import Foundation
import Model
import Testing

@Suite("Shared schema")
struct SchemaTests {
    static func sample() -> CatalogueRecord {
        CatalogueRecord(
            key: RecordKey(source: "kmska", recordID: "oai:datahub.vlaamsekunstcollectie.be:kmska.be:312"),
            institution: Institution(name: "Koninklijk Museum voor Schone Kunsten Antwerpen", uri: "http://www.wikidata.org/entity/Q1471477", origin: "lido:repositoryName"),
            titles: [
                LocalizedText(text: "De aanbidding der koningen", language: "nl", preferred: true, origin: "lido:titleSet/lido:appellationValue"),
                LocalizedText(text: "Die Anbetung der Könige", language: "de"),
                LocalizedText(text: "Поклонение волхвов", language: "ru"),
            ],
            agents: [
                AgentCredit(name: "Rubens, Peter Paul", display: "Peter Paul Rubens en atelier", role: "painter", qualifier: .autograph,
                            authorityIDs: [Identifier(scheme: .rkd, value: "68737"), Identifier(scheme: .wikidata, value: "Q5599")]),
                AgentCredit(name: "Rubens, Peter Paul", qualifier: .workshopOf),
            ],
            date: DateSpan(display: "ca. 1624", earliest: 1619, latest: 1629, origin: "lido:displayDate"),
            dimensions: [Dimensions(height: 447, width: 336.5, unit: "cm", part: .support, display: "447 x 336,5 cm")],
            objectTypes: [Term(label: "schilderij", language: "nl", uri: "http://vocab.getty.edu/aat/300033618")],
            materials: [Term(label: "olieverf", language: "nl"), Term(label: "paneel", language: "nl")],
            techniques: [],
            inventoryNumber: InventoryNumber(written: "inv. 298", normalized: "298"),
            subjects: [Subject(label: "Adoration of the Kings", language: "en", iconclass: "73B57")],
            identifiers: [Identifier(scheme: .uri, value: "http://kmska.be/collection/work/id/298")],
            images: [ImageReference(kind: .iiifManifest, url: "https://imagehub.kmska.be/iiif/2/1/manifest.json")],
            rights: [Term(label: "CC0", uri: "https://creativecommons.org/publicdomain/zero/1.0/")],
            descriptions: [LocalizedText(text: "Met \"aanhalingstekens\", komma's,\nen een nieuwe regel.", language: "nl")],
            provenance: [ProvenanceEntry(text: "1794 weggevoerd naar Parijs; 1815 terug")],
            relatedWorks: [RelatedWorkStatement(relation: "Kopie nach", target: "skd:962B", label: "Gal.-Nr. 962 B")],
            sourceURL: "https://datahub.vlaamsekunstcollectie.be/oai?verb=GetRecord",
            harvestedAt: Date(timeIntervalSince1970: 1_764_400_000),
            rawHash: SHA256.hex("raw"),
            warnings: [Diagnostic(level: .warning, source: "kmska", recordID: "312", field: "date", value: "onbekend", message: "unrecognized date")])
    }

    @Test func recordsRoundTripThroughJSONExactly() throws {
        let record = Self.sample()
        let data = try JSONCoding.encoder().encode(record)
        let decoded = try JSONCoding.decoder().decode(CatalogueRecord.self, from: data)
        #expect(decoded == record)
        // And encoding again gives the same bytes (sorted keys).
        #expect(try JSONCoding.encoder().encode(decoded) == data)
    }

    @Test func qualifiersUseStableNames() throws {
        let names = AttributionQualifier.allCases.map(\.rawValue)
        #expect(names == ["autograph", "attributed_to", "workshop_of", "studio_of", "circle_of", "follower_of", "school_of", "after", "manner_of", "in_collaboration_with"])
    }

    @Test(arguments: [
        ("kmska:oai:datahub.vlaamsekunstcollectie.be:kmska.be:257", "kmska", "oai:datahub.vlaamsekunstcollectie.be:kmska.be:257"),
        ("europeana:/2021672/resource_document_mauritshuis_1", "europeana", "/2021672/resource_document_mauritshuis_1"),
    ])
    func recordKeysSplitAtTheFirstColon(text: String, source: String, record: String) throws {
        let key = try #require(RecordKey(parsing: text))
        #expect(key.source.rawValue == source)
        #expect(key.recordID == record)
        #expect(key.description == text)
    }

    @Test func recordKeysNeedBothParts() {
        #expect(RecordKey(parsing: "kmska") == nil)
        #expect(RecordKey(parsing: ":257") == nil)
        #expect(RecordKey(parsing: "kmska:") == nil)
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
