import Foundation
@testable import Export
import Model
import Testing

/// The escaping every format relies on: CSV (RFC 4180), XML 1.0, JSON, URIs, and the streaming digest.
@Suite("Export text: escaping and digests")
struct ExportTextTests {
    @Test func csvQuotesOnlyWhatNeedsItAndDoublesQuotes() {
        #expect(String(decoding: CSVText.row(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", "Вакх"]), as: UTF8.self)
            == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,Вакх\r\n")
        #expect(CSVText.neutralized("=1+1") == "'=1+1")
        #expect(CSVText.neutralized("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVText.neutralized("-12") == "'-12")
        #expect(CSVText.neutralized("+3") == "'+3")
        #expect(CSVText.neutralized("\tx") == "'\tx")
        #expect(CSVText.neutralized("Rubens = genius") == "Rubens = genius")
        #expect(String(decoding: CSVText.row(["=cmd|' /C calc'!A0"], excel: true), as: UTF8.self) == "'=cmd|' /C calc'!A0\r\n")
    }

    @Test func xmlEscapesMarkupKeepsLineEndsAndReplacesWhatXMLCannotCarry() {
        #expect(XMLText.escaped("a < b & c > d \"e\" 'f'") == "a &lt; b &amp; c &gt; d &quot;e&quot; &apos;f&apos;")
        #expect(XMLText.escaped("line\r\nnext\ttab") == "line&#13;&#10;next&#9;tab")
        #expect(XMLText.escaped("bell\u{07}nul\u{0}end\u{FFFE}") == "bell\u{FFFD}nul\u{FFFD}end\u{FFFD}")
        #expect(XMLText.escaped("]]> <![CDATA[ Вакх 🎨") == "]]&gt; &lt;![CDATA[ Вакх 🎨")
    }

    @Test func jsonStringsRoundTripThroughAJSONParser() throws {
        let hostile = "quote \" backslash \\ slash / newline \n cr \r tab \t bell \u{07} nul \u{0} Вакх 東方 🎨 \u{2028}"
        let bytes = JSONValue.array([.string(hostile), .number(0.1), .number(447), .number(-1e-7), .integer(-3), .bool(true), .null]).bytes
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [Any])
        #expect(parsed[0] as? String == hostile)
        #expect(parsed[1] as? Double == 0.1)
        #expect(parsed[2] as? Int == 447)
        #expect(parsed[3] as? Double == -1e-7)
        #expect(JSONValue.number(.nan).bytes == Array("null".utf8))
    }

    @Test func urisKeepIdsInOneSegmentAndCleanRecordURLs() {
        #expect(URIText.segment("tricky/1, \"quoted\"") == "tricky%2F1%2C%20%22quoted%22")
        #expect(URIText.segment("Инв") == "%D0%98%D0%BD%D0%B2")
        #expect(URIText.segment("w-0001_a.b~c") == "w-0001_a.b~c")
        #expect(URIText.cleaned("https://x.org/a b/c\"d<e>?q=1|2") == "https://x.org/a%20b/c%22d%3Ce%3E?q=1%7C2")
        #expect(URIText.cleaned("https://x.org/%20ok/Вакх") == "https://x.org/%20ok/Вакх")
        let uris = ExportURIs(base: "https://example.org/oeuvre")
        #expect(uris.record(RecordKey(source: "hand", recordID: "a/b")) == "https://example.org/oeuvre/record/hand/a%2Fb")
        #expect(uris.work(WorkID("r:kmska:257")) == "https://example.org/oeuvre/work/r%3Akmska%3A257")
        #expect(uris.manifest(WorkID("w-1")) == "https://example.org/oeuvre/iiif/work/w-1/manifest.json")
    }

    @Test func numbersAreWrittenShortAndExact() {
        #expect(NumberText.plain(447) == "447")
        #expect(NumberText.plain(336.5) == "336.5")
        #expect(NumberText.plain(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberText.plain(-0.0) == "0")
        #expect(NumberText.plain(.infinity) == "")
    }

    @Test func theStreamingDigestEqualsTheOneShotDigestHoweverTheBytesAreChunked() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 70_000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var digest = StreamingSHA256()
            var offset = 0
            while offset < bytes.count {
                let step = Int.random(in: 1...200, using: &generator)
                digest.update(Array(bytes[offset..<min(offset + step, bytes.count)]))
                offset += step
            }
            #expect(digest.finish() == SHA256.hex(bytes), "length \(length)")
        }
        var empty = StreamingSHA256()
        #expect(empty.finish() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func imageServicesAreReadAsTheirVersionSays() {
        #expect(IIIFImageService("https://a.org/iiif/2/x/info.json").base == "https://a.org/iiif/2/x")
        #expect(IIIFImageService("https://a.org/iiif/2/x/").version == 2)
        #expect(IIIFImageService("https://a.org/iiif/3/x").version == 3)
        #expect(IIIFImageService("https://a.org/iiif/3/x").fullImage == "https://a.org/iiif/3/x/full/max/0/default.jpg")
    }
}
