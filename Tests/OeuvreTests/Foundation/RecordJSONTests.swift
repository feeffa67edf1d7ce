import Foundation
import Model
import Testing

@Suite("The record JSON the store writes")
struct RecordJSONTests {
    /// A record with every field and every optional filled, with text that needs escaping.
    static func fullRecord(harvestedAt: Date = Date(timeIntervalSince1970: 1_704_067_200)) -> CatalogueRecord {
        let tricky = "Kopie nach \"Rubens\" \\ c/o 1/2 \u{1}\u{8}\u{C}\n\r\t\u{1F}\u{7F} – Ève é 漢字 😀"
        return CatalogueRecord(
            key: RecordKey(source: "kmska", recordID: "oai:x/257\"q"),
            institution: Institution(name: "KMSKA", uri: "http://example.org/kmska", origin: "lido:repositoryName"),
            titles: [LocalizedText(text: tricky, language: "de", preferred: true, origin: "lido:titleSet"), LocalizedText(text: "Plain")],
            agents: [AgentCredit(name: "Rubens, Peter Paul", display: "P.P. Rubens", role: "painter", qualifier: .workshopOf,
                                 authorityIDs: [Identifier(scheme: .ulan, value: "500012368", origin: "lido:actorID"), Identifier(scheme: .wikidata, value: "Q5599")], origin: "lido:actor")],
            date: DateSpan(display: "ca. 1615–20", earliest: -1615, latest: 1620, origin: "lido:displayDate"),
            dimensions: [Dimensions(height: 205.5, width: 267, depth: 0.1 + 0.2, unit: "cm", part: .support, display: "205,5 × 267 cm", origin: "lido:measurementsSet"),
                         Dimensions(height: 1e-7, width: 123456789012345680000, depth: -3.25, unit: "in", part: .frame)],
            objectTypes: [Term(label: "schilderij", language: "nl", uri: "http://vocab.getty.edu/aat/300033618", origin: "lido:objectWorkType")],
            materials: [Term(label: "olieverf", language: "nl", uri: "http://vocab.getty.edu/aat/300015050", origin: "lido:termMaterialsTech"), Term(label: "doek")],
            techniques: [Term(label: "ets", language: "nl", uri: "http://vocab.getty.edu/aat/300053241", origin: "lido:termMaterialsTech")],
            inventoryNumber: InventoryNumber(written: "inv. 312", normalized: "312", origin: "lido:workID"),
            subjects: [Subject(label: "Kruisafneming", language: "nl", iconclass: "73D6", uri: "http://iconclass.org/73D6", origin: "lido:subject"), Subject(iconclass: "11H(JEROME)")],
            identifiers: [Identifier(scheme: .rkd, value: "12345", origin: "lido:objectPublishedID")],
            images: [ImageReference(kind: .iiifManifest, url: "https://iiif.example.org/manifest.json", origin: "lido:linkResource")],
            rights: [Term(label: "CC0", language: "en", uri: "https://creativecommons.org/publicdomain/zero/1.0/", origin: "lido:rightsType")],
            descriptions: [LocalizedText(text: tricky, language: "nl", preferred: false, origin: "lido:descriptiveNoteValue"), LocalizedText(text: "x")],
            provenance: [ProvenanceEntry(text: "1815: teruggebracht uit Parijs", origin: "lido:displayEvent")],
            relatedWorks: [RelatedWorkStatement(relation: "copy_after", target: "Gal.-Nr. 962 B", label: "Kopie nach Rubens", origin: "lido:relatedWorkSet")],
            sourceURL: "https://kmska.be/nl/kunstwerk/257?a=1&b=2",
            harvestedAt: harvestedAt,
            rawHash: "278d11b1ac714df3d081c446e7ac98622b15867ca955f45dc176fe3a1fe9df22",
            warnings: [Diagnostic(level: .warning, source: "kmska", recordID: "257", field: "date", value: "omstreeks?", message: "unparseable date; kept as display text")])
    }

    static func encoderText(_ record: CatalogueRecord) throws -> String {
        String(decoding: try JSONCoding.encoder().encode(record), as: UTF8.self)
    }

    @Test func aFullRecordIsWrittenAsJSONEncoderWritesIt() throws {
        let record = Self.fullRecord()
        #expect(record.jsonText == (try Self.encoderText(record)))
        let decoded = try JSONCoding.decoder().decode(CatalogueRecord.self, from: Data(record.jsonText.utf8))
        #expect(decoded == record)
    }

    @Test func anEmptyRecordLeavesOutWhatIsNil() throws {
        let record = CatalogueRecord(key: RecordKey(source: "s", recordID: "r"), harvestedAt: Date(timeIntervalSince1970: 0), rawHash: "")
        #expect(record.jsonText == (try Self.encoderText(record)))
        #expect(!record.jsonText.contains("institution"))
    }

    @Test(arguments: [0.0, -1, 951_782_400, 1_704_067_200, 1_709_164_799, 4_102_444_800, 253_402_300_799, -12_219_292_800, -62_135_596_800])
    func harvestDatesAreWrittenAsJSONEncoderWritesThem(_ seconds: Double) throws {
        let record = Self.fullRecord(harvestedAt: Date(timeIntervalSince1970: seconds))
        #expect(record.jsonText == (try Self.encoderText(record)))
    }

    /// The full record must fill every stored property, so a property added to the model without a line in
    /// CatalogueRecord+JSONBytes.swift makes `aFullRecordIsWrittenAsJSONEncoderWritesIt` fail.
    @Test func theFullRecordFillsEveryProperty() {
        func empties(_ value: Any, path: String) -> [String] {
            Mirror(reflecting: value).children.flatMap { child -> [String] in
                let name = path + "." + (child.label ?? "?")
                let inner = Mirror(reflecting: child.value)
                if inner.displayStyle == .optional { return inner.children.isEmpty ? [name] : inner.children.flatMap { empties($0.value, path: name) } }
                if inner.displayStyle == .collection { return inner.children.isEmpty ? [name] : empties(inner.children.first!.value, path: name + "[0]") }
                if inner.displayStyle == .struct { return empties(child.value, path: name) }
                return []
            }
        }
        #expect(empties(Self.fullRecord(), path: "record") == [])
    }
}
