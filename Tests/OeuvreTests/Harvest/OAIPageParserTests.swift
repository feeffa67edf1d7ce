import Foundation
@testable import Harvest
import Model
import Testing

@Suite("Reading OAI-PMH pages")
struct OAIPageParserTests {
    static func parse(_ text: String) throws -> OAIPage {
        let file = try Fixtures.temporaryDirectory() + "/page.xml"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try OAIPageParser.parse(file: file, format: .lido)
    }

    static let envelope = #"<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:lido="http://www.lido-schema.org"><responseDate>2024-01-01T00:00:00Z</responseDate><ListRecords>"#

    @Test func recordsWithoutWhiteSpaceBetweenThemAreAllRead() throws {
        var text = Self.envelope
        for index in 1...5 {
            text += #"<record><header><identifier>oai:x:\#(index)</identifier><datestamp>2024-01-01</datestamp></header><metadata><lido:lido xmlns:lido="http://www.lido-schema.org"><lido:lidoRecID>\#(index)</lido:lidoRecID></lido:lido></metadata></record>"#
        }
        text += #"<resumptionToken completeListSize="9" cursor="0">next</resumptionToken></ListRecords></OAI-PMH>"#
        let page = try Self.parse(text)
        #expect(page.records.map(\.header.identifier) == (1...5).map { "oai:x:\($0)" })
        #expect(page.records.allSatisfy { $0.problem == nil })
        #expect(page.resumptionToken == "next")
        #expect(page.completeListSize == 9)
    }

    @Test func aRecordCutFromThePageIsTheRecordAsSent() throws {
        let record = #"<lido:lido xmlns:lido="http://www.lido-schema.org"><lido:lidoRecID>1</lido:lidoRecID><lido:title>K&amp;K &#246; <![CDATA[x<y]]></lido:title></lido:lido>"#
        let page = try Self.parse(Self.envelope + "<record><header><identifier>oai:x:1</identifier></header><metadata>\n  " + record + "\n</metadata></record></ListRecords></OAI-PMH>")
        let bytes = try #require(page.records.first?.metadata)
        #expect(String(decoding: bytes, as: UTF8.self) == record)
        #expect(try XMLTree(bytes: bytes).root?.text.contains("K&K ö x<y") == true)
    }

    @Test func aRecordThatLeansOnTheEnvelopesNamespacesGetsThemDeclared() throws {
        // lido: and xsi: are declared only on the OAI-PMH element.
        let page = try Self.parse(Self.envelope + #"<record><header><identifier>oai:x:1</identifier></header><metadata><lido:lido xsi:schemaLocation="http://www.lido-schema.org x.xsd"><lido:lidoRecID>1</lido:lidoRecID></lido:lido></metadata></record></ListRecords></OAI-PMH>"#)
        let bytes = try #require(page.records.first?.metadata)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"xmlns:lido="http://www.lido-schema.org""#))
        #expect(text.contains(#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#))
        #expect(try XMLTree(bytes: bytes).root?.namespaceURI == "http://www.lido-schema.org")
    }

    @Test func deletedRecordsAndProblemsAreReported() throws {
        let page = try Self.parse(Self.envelope + #"<record><header status="deleted"><identifier>oai:x:gone</identifier></header></record><record><header><identifier>oai:x:bad</identifier></header><metadata><lido:lido xmlns:lido="http://www.lido-schema.org"><lido:garbage/></lido:lido></metadata></record></ListRecords></OAI-PMH>"#)
        #expect(page.records.count == 2)
        #expect(page.records[0].header.deleted)
        #expect(page.records[0].metadata == nil)
        #expect(page.records[1].problem?.contains("lidoRecID") == true)
    }

    @Test func aLatin1PageIsReadAndItsRecordsStoredAsUTF8() throws {
        let text = #"<?xml version="1.0" encoding="ISO-8859-1"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><header><identifier>oai:x:1</identifier></header><metadata><lido:lido xmlns:lido="http://www.lido-schema.org"><lido:lidoRecID>1</lido:lidoRecID><lido:title>Die Anbetung der Könige</lido:title></lido:lido></metadata></record></ListRecords></OAI-PMH>"#
        let file = try Fixtures.temporaryDirectory() + "/latin1.xml"
        try #require(text.data(using: .isoLatin1)).write(to: URL(fileURLWithPath: file))
        let page = try OAIPageParser.parse(file: file, format: .lido)
        let bytes = try #require(page.records.first?.metadata)
        #expect(String(decoding: bytes, as: UTF8.self).contains("Könige"))
        #expect(page.records.first?.problem == nil)
    }

    @Test func lineEndingsAByteOrderMarkAndMultibyteTextKeepTheRecordsIntact() throws {
        var text = Self.envelope.replacingOccurrences(of: "><", with: ">\r\n<")
        for index in 1...3 {
            text += "<record>\r\n<header><identifier>oai:x:\(index)</identifier></header>\r\n<metadata>\r\n"
            text += "<lido:lido xmlns:lido=\"http://www.lido-schema.org\">\r\n<lido:lidoRecID>\(index)</lido:lidoRecID>\r\n"
            text += "<lido:title>Die Anbetung der Könige — Поклонение волхвов — 東方三博士の礼拝 \(index)</lido:title>\r\n</lido:lido>\r\n</metadata>\r\n</record>\r\n"
        }
        text += "</ListRecords></OAI-PMH>"
        let file = try Fixtures.temporaryDirectory() + "/crlf.xml"
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: URL(fileURLWithPath: file))
        let page = try OAIPageParser.parse(file: file, format: .lido)
        #expect(page.records.count == 3)
        for (index, record) in page.records.enumerated() {
            #expect(record.problem == nil)
            let bytes = try #require(record.metadata)
            let tree = try XMLTree(bytes: bytes)
            #expect(tree.root?.text.contains("東方三博士の礼拝 \(index + 1)") == true)
        }
    }

    @Test func theRealEuropeanaPageIsReadRecordByRecord() throws {
        let page = try OAIPageParser.parse(file: Fixtures.url("europeana-oai/ListRecords_edm_set2021672_mauritshuis_response.xml").path, format: .edm)
        #expect(page.records.count == 3)
        for record in page.records {
            let bytes = try #require(record.metadata)
            #expect(try XMLTree(bytes: bytes).root?.localName == "RDF")
            #expect(record.problem == nil)
        }
        #expect(page.completeListSize == 832)
    }
}
