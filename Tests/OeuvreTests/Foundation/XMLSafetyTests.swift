import Foundation
@testable import Harvest
import Testing

@Suite("XML wrapper: real fixtures and hostile input")
struct XMLTests {
    static let namespaces = [
        "lido": "http://www.lido-schema.org", "oai": "http://www.openarchives.org/OAI/2.0/",
        "edm": "http://www.europeana.eu/schemas/edm/", "dc": "http://purl.org/dc/elements/1.1/",
        "ore": "http://www.openarchives.org/ore/terms/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    ]

    @Test func lidoTitlesInheritTheirLanguage() throws {
        let tree = try XMLTree(bytes: Fixtures.bytes("datahub-vkc/kmska_257_lido_origin.xml"))
        let root = try #require(tree.root)
        #expect(root.localName == "lido")
        #expect(root.namespaceURI == "http://www.lido-schema.org")
        let xpath = try XPathEvaluator(for: root, namespaces: Self.namespaces)
        let titles = try xpath.nodes("//lido:titleSet/lido:appellationValue", at: root)
        #expect(titles.first?.text == "Annunciatie")
        #expect(titles.first?.language == "nl")
        let inventory = try xpath.strings("string(//lido:repositorySet/lido:workID[@lido:type='objectnummer'])", at: root)
        #expect(inventory == ["257"])
    }

    @Test func germanAndEnglishBlocksAreSeparated() throws {
        let tree = try XMLTree(bytes: Fixtures.bytes("lido-other/marburg_bildindex_botticelli_primavera_lido.xml"))
        let root = try #require(tree.root)
        let xpath = try XPathEvaluator(for: root, namespaces: Self.namespaces)
        let blocks = try xpath.nodes("//lido:descriptiveMetadata", at: root)
        #expect(Set(blocks.compactMap(\.language)) == ["en", "de"])
    }

    @Test func streamingHandsOutOneEDMRecordAtATime() throws {
        let reader = try XMLStreamReader(filePath: Fixtures.url("europeana-oai/ListRecords_edm_set2021672_mauritshuis_response.xml").path)
        var identifiers: [String] = []
        var titles: [String] = []
        while let name = try reader.advance(toAnyOf: ["record", "resumptionToken"]) {
            if name == "resumptionToken" {
                #expect(reader.attribute("completeListSize") == "832")
                continue
            }
            let record = try reader.expand()
            identifiers.append(record.child("header")?.child("identifier")?.text ?? "")
            let xpath = try XPathEvaluator(for: record, namespaces: Self.namespaces)
            titles += try xpath.strings(".//ore:Proxy/dc:title[@xml:lang='en-GB']", at: record)
            // A record serialized alone keeps its namespace declarations and parses again.
            let standalone = try #require(record.child("metadata")?.children.first).serializedDocument()
            #expect(try XMLTree(string: standalone).root?.localName == "RDF")
            try reader.skipSubtree()
        }
        #expect(identifiers.count == 3)
        #expect(identifiers.first == "http://data.europeana.eu/item/2021672/resource_document_mauritshuis_1")
        #expect(!titles.isEmpty)
    }

    @Test func aRecordThatInheritsItsNamespaceIsSerializedWithIt() throws {
        let page = """
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:lido="http://www.lido-schema.org"><ListRecords><record>
            <metadata><lido:lido><lido:lidoRecID>1</lido:lidoRecID></lido:lido></metadata></record></ListRecords></OAI-PMH>
            """
        let reader = try XMLStreamReader(bytes: Array(page.utf8))
        _ = try reader.advance(toAnyOf: ["lido"])
        let record = try reader.expand()
        #expect(!record.declaresItsNamespaces())
        let standalone = try record.serializedDocument()
        #expect(standalone.contains("xmlns:lido=\"http://www.lido-schema.org\""))
        #expect(try XMLTree(string: standalone).root?.namespaceURI == "http://www.lido-schema.org")
    }

    @Test func anExternalEntityIsNeverRead() throws {
        let secret = try Fixtures.temporaryDirectory() + "/secret.txt"
        try "TOP-SECRET-CONTENT".write(toFile: secret, atomically: true, encoding: .utf8)
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE lido [<!ENTITY xxe SYSTEM "file://\(secret)">]>
            <lido xmlns="http://www.lido-schema.org"><title>&xxe;</title></lido>
            """
        do {
            let tree = try XMLTree(string: hostile)
            Issue.record("parsed a document with an external entity: \(tree.root?.text ?? "")")
        } catch let error as XMLError {
            #expect(error.code == .forbiddenDTD)
            #expect(!error.description.contains("TOP-SECRET-CONTENT"))
        }
        #expect(throws: XMLError.self) { _ = try XMLStreamReader(bytes: Array(hostile.utf8)) }
    }

    @Test func billionLaughsFailsFastWithAClearError() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...10 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(entities)]><lolz>&lol10;</lolz>"
        let started = Date()
        do {
            _ = try XMLTree(string: bomb)
            Issue.record("the entity bomb was parsed")
        } catch let error as XMLError {
            #expect(error.code == .forbiddenDTD)
            #expect(error.description.contains("DOCTYPE"))
        }
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lido>\n<title>".utf8)
        bytes += [0xFF, 0xFE, 0xC3, 0x28]
        bytes += Array("</title>\n</lido>".utf8)
        do {
            _ = try XMLTree(bytes: bytes)
            Issue.record("invalid UTF-8 was accepted")
        } catch let error as XMLError {
            #expect(error.code == .malformed)
            #expect(error.line == 3)
        }
    }

    @Test func truncatedInputIsMalformedNotACrash() throws {
        let full = try Fixtures.bytes("datahub-vkc/kmska_257_lido_origin.xml")
        let truncated = Array(full.prefix(full.count / 2))
        #expect(throws: XMLError.self) { _ = try XMLTree(bytes: truncated) }
        let reader = try XMLStreamReader(bytes: truncated)
        #expect(throws: XMLError.self) {
            while try reader.advance(toAnyOf: ["nothing-matches"]) != nil {}
        }
    }

    @Test func anInvalidXPathIsRejectedWhenCompiled() {
        #expect(throws: XMLError.self) { _ = try CompiledXPath("//lido:title[") }
    }
}
