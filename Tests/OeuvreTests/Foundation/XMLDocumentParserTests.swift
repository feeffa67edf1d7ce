import Foundation
import Harvest
import Testing

/// One parser context reused from record to record, as normalization does.
@Suite("A reused XML parser")
struct XMLDocumentParserTests {
    static let good = Array("<a xmlns=\"urn:x\"><b>one</b>\n  <b>two</b></a>".utf8)

    @Test func aBadDocumentDoesNotSpoilTheNext() throws {
        let parser = XMLDocumentParser(droppingIndentation: true)
        #expect(try parser.tree(Self.good).root?.text == "onetwo")
        #expect(throws: (any Error).self) { try parser.tree(Array("<a><b></a>".utf8)) }
        #expect(throws: (any Error).self) { try parser.tree(Array("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>".utf8)) }
        #expect(throws: (any Error).self) { try parser.tree([]) }
        #expect(try parser.tree(Self.good).root?.text == "onetwo")
    }

    @Test func treesOutliveLaterReadsAndTheParser() throws {
        var parser: XMLDocumentParser? = XMLDocumentParser()
        let trees = try (0..<2_500).map { index in try parser!.tree(Array("<r n=\"\(index)\"><t>text \(index)</t></r>".utf8)) }
        parser = nil
        #expect(trees[0].root?.attribute("n") == "0")
        #expect(trees[1_999].root?.text == "text 1999")
        #expect(trees[2_499].root?.text == "text 2499")
    }

    @Test func indentationIsKeptUnlessDropped() throws {
        #expect(try XMLDocumentParser().tree(Self.good).root?.text == "one\n  two")
        // Text beside other text stays: only white space between elements goes.
        let mixed = Array("<p>Hello <b>World</b> again <i> </i></p>".utf8)
        #expect(try XMLDocumentParser(droppingIndentation: true).tree(mixed).root?.text == "Hello World again  ")
    }
}
