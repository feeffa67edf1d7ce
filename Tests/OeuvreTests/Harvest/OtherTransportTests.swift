import Foundation
import Harvest
import Logging
import Model
import Store
import Testing

@Suite("JSON API, IIIF, Linked Art, SPARQL and file harvests against real local servers")
struct OtherTransportTests {
    /// A fixture server whose static folder the test fills after it knows the port.
    struct StaticFixture {
        let server: LocalServer
        let directory: String
        let store: OeuvreStore
        let data: String

        init() throws {
            directory = try Fixtures.temporaryDirectory()
            server = try LocalServer(arguments: ["--records-dir", Fixtures.url("datahub-vkc").path, "--static-dir", directory])
            data = try Fixtures.temporaryDirectory()
            store = try OeuvreStore(path: data + "/oeuvre.sqlite")
        }

        func url(_ name: String) -> String { "\(server.baseURL)/static/\(name)" }

        func write(_ name: String, _ text: String) throws {
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }

        func copy(_ fixture: String, as name: String) throws {
            try FileManager.default.copyItem(atPath: Fixtures.url(fixture).path, toPath: directory + "/" + name)
        }

        func harvest(_ source: SourceDefinition, environment: [String: String] = [:]) async -> SourceHarvestResult {
            let runner = HarvestRunner(store: store, dataDirectory: data, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), environment: environment)
            return await runner.harvest(source, options: HarvestOptions())
        }

        func source(_ protocolName: HarvestProtocol, _ format: RecordFormat, endpoint: String, parameters: SourceDefinition.Parameters = .init(), apiKeyEnv: String? = nil) -> SourceDefinition {
            SourceDefinition(
                id: "web", institution: "Test", protocol: protocolName, endpoint: endpoint, format: format, parameters: parameters,
                politeness: .init(requestsPerSecond: 200, parallelConnections: 2, timeout: 10, maxTries: 2), apiKeyEnv: apiKeyEnv)
        }
    }

    @Test func iiifCollectionsAreCrawledToTheirManifestsAndUnchangedOnesAreNotDownloadedAgain() async throws {
        let fixture = try StaticFixture()
        try fixture.copy("arthub-iiif/imagehub_mskgent_1982-N_manifest_v2.json", as: "manifest.json")
        try fixture.write("sub.json", """
            {"@context": "http://iiif.io/api/presentation/2/context.json", "@id": "\(fixture.url("sub.json"))", "@type": "sc:Collection",
             "manifests": [{"@id": "\(fixture.url("manifest.json"))", "@type": "sc:Manifest"}]}
            """)
        try fixture.write("top.json", """
            {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "\(fixture.url("top.json"))", "type": "Collection",
             "items": [{"id": "\(fixture.url("sub.json"))", "type": "Collection"}]}
            """)
        let source = fixture.source(.iiif, .iiif, endpoint: fixture.url("top.json"))
        let first = await fixture.harvest(source)
        #expect(first.succeeded, "\(first.error ?? "")")
        #expect(first.counts.added == 1)
        let record = try #require(try await fixture.store.rawRecord(RecordKey(source: "web", recordID: fixture.url("manifest.json"))))
        #expect(String(decoding: record.record.content, as: UTF8.self).contains("Vechtende mannen"))
        // Second run: the manifest is asked for conditionally and the server answers 304.
        let second = await fixture.harvest(source)
        #expect(second.succeeded)
        #expect(second.counts.added == 0 && second.counts.changed == 0 && second.counts.unchanged == 0)
    }

    @Test func linkedArtActivityStreamsCreateAndDelete() async throws {
        let fixture = try StaticFixture()
        try fixture.copy("linked-art/ima_turner_linkedart.json", as: "turner.json")
        try fixture.copy("linked-art/vgw_production.jsonld", as: "production.json")
        try fixture.write("page1.json", """
            {"type": "OrderedCollectionPage", "id": "\(fixture.url("page1.json"))", "orderedItems": [
              {"type": "Create", "object": {"id": "\(fixture.url("turner.json"))", "type": "HumanMadeObject"}, "endTime": "2024-01-01T00:00:00Z"},
              {"type": "Create", "object": {"id": "\(fixture.url("production.json"))", "type": "HumanMadeObject"}, "endTime": "2024-01-02T00:00:00Z"},
              {"type": "Create", "object": {"id": "\(fixture.url("gone.json"))", "type": "HumanMadeObject"}, "endTime": "2024-01-02T00:00:00Z"},
              {"type": "Delete", "object": {"id": "\(fixture.url("gone.json"))", "type": "HumanMadeObject"}, "endTime": "2024-01-03T00:00:00Z"}
            ]}
            """)
        try fixture.write("stream.json", """
            {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", "id": "\(fixture.url("stream.json"))",
             "totalItems": 4, "first": {"id": "\(fixture.url("page1.json"))", "type": "OrderedCollectionPage"}}
            """)
        let result = await fixture.harvest(fixture.source(.linkedArt, .linkedArt, endpoint: fixture.url("stream.json")))
        #expect(result.succeeded, "\(result.error ?? "")")
        #expect(result.counts.added == 2)
        let turner = try #require(try await fixture.store.rawRecord(RecordKey(source: "web", recordID: fixture.url("turner.json"))))
        #expect(String(decoding: turner.record.content, as: UTF8.self).contains("HumanMadeObject"))
        #expect(try await fixture.store.rawRecord(RecordKey(source: "web", recordID: fixture.url("gone.json"))) == nil)
    }

    @Test func pagedJSONAPIsWithAKeyFromTheEnvironment() async throws {
        let fixture = try StaticFixture()
        try fixture.write("search.json", """
            {"success": true, "itemsCount": 2, "totalResults": 2, "items": [
              {"id": "/2021672/resource_document_mauritshuis_1", "title": ["Portret van een man"], "dataProvider": ["Mauritshuis"]},
              {"id": "/2021672/resource_document_mauritshuis_2", "title": ["Portret van een vrouw"], "dataProvider": ["Mauritshuis"]}
            ]}
            """)
        let source = fixture.source(.jsonAPI, .europeanaJSON, endpoint: fixture.url("search.json"), parameters: .init(query: "who:Rubens", pageSize: 100, apiKeyParameter: "wskey"), apiKeyEnv: "TEST_EUROPEANA_KEY")
        let missing = await fixture.harvest(source)
        #expect(!missing.succeeded)
        #expect(missing.error?.contains("TEST_EUROPEANA_KEY") == true)
        let result = await fixture.harvest(source, environment: ["TEST_EUROPEANA_KEY": "s3cret-key"])
        #expect(result.succeeded, "\(result.error ?? "")")
        #expect(result.counts.added == 2)
        #expect(try await fixture.store.rawRecord(RecordKey(source: "web", recordID: "/2021672/resource_document_mauritshuis_2")) != nil)
    }

    @Test func anAPIKeyNeverAppearsInAnError() async throws {
        let fixture = try StaticFixture()
        let source = fixture.source(.jsonAPI, .europeanaJSON, endpoint: fixture.url("missing.json"), parameters: .init(apiKeyParameter: "wskey"), apiKeyEnv: "TEST_EUROPEANA_KEY")
        let result = await fixture.harvest(source, environment: ["TEST_EUROPEANA_KEY": "s3cret-key"])
        #expect(!result.succeeded)
        let error = try #require(result.error)
        #expect(error.contains("404"))
        #expect(!error.contains("s3cret-key"))
    }

    @Test func sparqlResultsAreGroupedByItem() async throws {
        let fixture = try StaticFixture()
        try fixture.write("sparql.json", """
            {"head": {"vars": ["item", "itemLabel", "inventory"]}, "results": {"bindings": [
              {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"}, "itemLabel": {"type": "literal", "xml:lang": "de", "value": "Die Anbetung der Könige"}, "inventory": {"type": "literal", "value": "Gal.-Nr. 962 B"}},
              {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"}, "itemLabel": {"type": "literal", "xml:lang": "en", "value": "Adoration of the Magi"}, "inventory": {"type": "literal", "value": "Gal.-Nr. 962 B"}},
              {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q2"}, "itemLabel": {"type": "literal", "xml:lang": "nl", "value": "Kruisafneming"}, "inventory": {"type": "literal", "value": "inv. 312"}}
            ]}}
            """)
        let source = fixture.source(.sparql, .wikidata, endpoint: fixture.url("sparql.json"), parameters: .init(query: "SELECT ?item ?itemLabel ?inventory WHERE { } ORDER BY ?item", pageSize: 1000))
        let result = await fixture.harvest(source)
        #expect(result.succeeded, "\(result.error ?? "")")
        #expect(result.counts.added == 2)
        let q1 = try #require(try await fixture.store.rawRecord(RecordKey(source: "web", recordID: "http://www.wikidata.org/entity/Q1")))
        let text = String(decoding: q1.record.content, as: UTF8.self)
        #expect(text.contains("Adoration of the Magi") && text.contains("Die Anbetung der Könige"))
    }

    @Test func localFilesAndFoldersAreHarvested() async throws {
        let fixture = try StaticFixture()
        let folder = try Fixtures.temporaryDirectory()
        for name in ["kmska_257_lido_origin.xml", "mskgent_1829-A_lido_origin.xml", "groeningemuseum_0000.GRO0208.I_lido_origin.xml"] {
            try FileManager.default.copyItem(atPath: Fixtures.url("datahub-vkc/" + name).path, toPath: folder + "/" + name)
        }
        let result = await fixture.harvest(fixture.source(.files, .lido, endpoint: "file://" + folder))
        #expect(result.succeeded, "\(result.error ?? "")")
        #expect(result.counts.added == 3)
        // Records are keyed by their preferred lidoRecID.
        #expect(try await fixture.store.rawRecord(RecordKey(source: "web", recordID: "oai:datahub.vlaamsekunstcollectie.be:kmska.be:257")) != nil)

        let csv = try Fixtures.temporaryDirectory() + "/works.csv"
        try "id,title,creator\nA1,\"Kruisafneming, triptiek\",\"Rubens, Peter Paul\"\nA2,\"Die \"\"Anbetung\"\" der Könige\",Rubens\n".write(toFile: csv, atomically: true, encoding: .utf8)
        var source = fixture.source(.files, .csv, endpoint: "file://" + csv)
        source.id = "csv"
        let csvResult = await fixture.harvest(source)
        #expect(csvResult.counts.added == 2)
        let row = try #require(try await fixture.store.rawRecord(RecordKey(source: "csv", recordID: "A2")))
        let object = try JSONSerialization.jsonObject(with: Data(row.record.content)) as? [String: String]
        #expect(object?["title"] == "Die \"Anbetung\" der Könige")

        // A IIIF manifest file is one record, not one per canvas in its `items`.
        var iiif = fixture.source(.files, .iiif, endpoint: "file://" + Fixtures.url("handwritten/iiif_v3_manifest.json").path)
        iiif.id = "iiif"
        #expect(await fixture.harvest(iiif).counts.added == 1)
        #expect(try await fixture.store.rawRecord(RecordKey(source: "iiif", recordID: "https://iiif.example.org/presentation/voorbeeldmuseum/312/manifest.json")) != nil)
    }
}
