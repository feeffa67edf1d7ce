import Foundation
import Harvest
import Logging
import Model
import Normalize
import Store
import Testing

@Suite("Normalizing harvested records")
struct NormalizeRunTests {
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Harvests the six real LIDO records (one page malformed on purpose when asked) and returns the store.
    static func harvested(malformed: Bool = false) async throws -> (HarvestFixture, SourceDefinition) {
        let fixture = try HarvestFixture()
        if malformed {
            // A record that is LIDO but has no title: harvest takes it, normalization must quarantine it.
            try fixture.server.control("add", ["id": "oai:oeuvre.test:untitled", "xml": "<lido:lido xmlns:lido=\"http://www.lido-schema.org\"><lido:lidoRecID lido:type=\"local\">untitled</lido:lidoRecID></lido:lido>"])
        }
        let source = fixture.source()
        #expect(await fixture.harvest(source).succeeded)
        return (fixture, source)
    }

    static func runner(_ store: OeuvreStore) -> NormalizeRunner {
        NormalizeRunner(store: store, mappingsDirectory: Fixtures.packageRoot.appendingPathComponent("Mappings").path, logger: logger)
    }

    @Test func harvestedRecordsAreNormalizedAndUnchangedOnesAreSkippedNextTime() async throws {
        let (fixture, source) = try await Self.harvested()
        let first = await Self.runner(fixture.store).normalize(source)
        #expect(first.error == nil)
        #expect(first.normalized == 6)
        #expect(first.quarantined == 0)
        let record = try #require(try await fixture.store.normalizedRecord(RecordKey(source: "fixture", recordID: "oai:oeuvre.test:kmska_257_lido_origin")))
        #expect(record.preferredTitle?.text == "Annunciatie")
        #expect(record.inventoryNumber?.normalized == "257")
        #expect(record.agents.first?.authorityIDs.contains(Identifier(scheme: .wikidata, value: "Q221043", origin: record.agents.first?.authorityIDs.first { $0.scheme == .wikidata }?.origin)) == true)
        #expect(record.rawHash == (try await fixture.store.rawRecord(record.key))?.record.contentHash)

        let second = await Self.runner(fixture.store).normalize(source)
        #expect(second.normalized == 0)
        #expect(second.unchanged == 6)

        // A changed record at the source is normalized again, alone.
        try fixture.server.control("update", ["id": "oai:oeuvre.test:kmska_257_lido_origin", "title_suffix": " (herzien)"])
        #expect(await fixture.harvest(source).counts.changed == 1)
        let third = await Self.runner(fixture.store).normalize(source)
        #expect(third.normalized == 1)
        #expect(try await fixture.store.normalizedRecord(record.key)?.preferredTitle?.text == "Annunciatie (herzien)")
    }

    @Test func aChangedMappingRenormalizesItsSource() async throws {
        let (fixture, source) = try await Self.harvested()
        #expect(await Self.runner(fixture.store).normalize(source).normalized == 6)
        let folder = try Fixtures.temporaryDirectory()
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        try FileManager.default.copyItem(atPath: mappings + "/formats", toPath: folder + "/formats")
        try FileManager.default.copyItem(atPath: mappings + "/vocab", toPath: folder + "/vocab")
        let lido = folder + "/formats/lido.yaml"
        try (String(contentsOfFile: lido, encoding: .utf8) + "\n# a curator's edit\n").write(toFile: lido, atomically: true, encoding: .utf8)
        let runner = NormalizeRunner(store: fixture.store, mappingsDirectory: folder, logger: Self.logger)
        #expect(await runner.normalize(source).normalized == 6)
    }

    @Test func aRecordWithoutTitleIsQuarantinedWithItsReasonAndTheRunGoesOn() async throws {
        let (fixture, source) = try await Self.harvested(malformed: true)
        let result = await Self.runner(fixture.store).normalize(source)
        #expect(result.normalized == 6)
        #expect(result.quarantined == 1)
        let entry = try #require(try await fixture.store.quarantine(source: "fixture").first { $0.stage == "normalize" })
        #expect(entry.key.recordID == "oai:oeuvre.test:untitled")
        #expect(entry.field == "titles")
        #expect(entry.reason.contains("no title in any language"))
        let status = try #require(try await fixture.store.status().first)
        #expect(status.quarantinedRecords == 1)
        #expect(status.normalizedRecords == 6)
        // Not judged again while neither the record nor the mapping changed.
        #expect(await Self.runner(fixture.store).normalize(source).quarantined == 0)
    }

    @Test func deletedRecordsLeaveTheNormalizedSet() async throws {
        let (fixture, source) = try await Self.harvested()
        _ = await Self.runner(fixture.store).normalize(source)
        try fixture.server.control("delete", ["id": "oai:oeuvre.test:mskgent_S-87_lido_2017"])
        #expect(await fixture.harvest(source).counts.deleted == 1)
        let result = await Self.runner(fixture.store).normalize(source)
        #expect(result.removed == 1)
        #expect(try await fixture.store.normalizedCount(source: "fixture") == 5)
    }

    @Test func hostileRecordsAreQuarantinedNotCrashed() throws {
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        let mapping = try MappingLoader.load(file: mappings + "/formats/lido.yaml", mappingsDirectory: mappings)
        let normalizer = RecordNormalizer(mapping: mapping, authorities: AuthorityTable(entries: []))
        let lido = "xmlns:lido=\"http://www.lido-schema.org\""
        let deep = String(repeating: "<lido:x>", count: 5000) + String(repeating: "</lido:x>", count: 5000)
        let huge = String(repeating: "Anbetung ", count: 1_200_000)
        let cases: [(String, String)] = [
            ("deeply nested", "<lido:lido \(lido)>\(deep)</lido:lido>"),
            ("huge text node", "<lido:lido \(lido)><lido:descriptiveMetadata><lido:objectIdentificationWrap><lido:titleWrap><lido:titleSet><lido:appellationValue>\(huge)</lido:appellationValue></lido:titleSet></lido:titleWrap></lido:objectIdentificationWrap></lido:descriptiveMetadata></lido:lido>"),
            ("wrong namespace", "<lido:lido xmlns:lido=\"http://example.org/not-lido\"><lido:descriptiveMetadata/></lido:lido>"),
            ("not XML", "{\"title\": \"a JSON record in a LIDO source\"}"),
            ("Latin-1 bytes declared as UTF-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><lido:lido \(lido)><lido:t>K\u{00F6}nige</lido:t></lido:lido>"),
        ]
        for (name, text) in cases {
            var bytes = Array(text.utf8)
            if name.hasPrefix("Latin-1") { bytes = Array(text.data(using: .isoLatin1) ?? Data()) }
            let raw = RawRecord(key: RecordKey(source: "hostile", recordID: name), datestamp: nil, content: bytes, mediaType: "application/xml")
            switch normalizer.normalize(raw, harvestedAt: .oeuvreNow) {
            case .quarantined(let diagnostic):
                #expect(diagnostic.source == "hostile")
                #expect(diagnostic.recordID == name)
                #expect(!diagnostic.message.isEmpty)
            case .record(let record):
                // A huge title is kept as a record only if libxml2 accepted it within its limits.
                #expect(name == "huge text node", "\(name) was not quarantined: \(record.titles)")
            }
        }
    }
}
