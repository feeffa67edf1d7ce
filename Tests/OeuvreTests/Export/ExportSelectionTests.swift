import Foundation
@testable import Export
import Model
import Normalize
import Search
import Testing

/// An export holds exactly what the search finds for the same query (in rank order), everything when asked for
/// nothing, and its filters select as the search's filter fields do.
@Suite("Export selects what the search finds")
struct ExportSelectionTests {
    /// The `work_id` column of a works CSV, in order.
    static func workIDs(_ bytes: [UInt8]) throws -> [String] {
        let rows = try CSVReader.rows(String(decoding: bytes, as: UTF8.self))
        return rows.dropFirst().map { $0.fields[0] }
    }

    static let queries = [
        "rubens", "Anbetung der Könige", "creator:rubens qualifier:workshop", "has:image", "source:hand", "1615..1620",
        "type:painting -source:europeana", "institution:Gent OR institution:Dresden", "id:kmska:257", "Вакх", "adoration magi", "nothing-matches-this",
    ]

    @Test(arguments: queries) func anExportHoldsExactlyTheSearchResultsInRankOrder(_ query: String) async throws {
        let fixture = try await ExportFixture.shared()
        let results = try await fixture.index.search(try SearchQuery(parsing: query), limit: SearchRequest.maximumLimit, facets: [])
        let (bytes, provenance) = try await fixture.export(.csv, query: query)
        #expect(try Self.workIDs(bytes) == results.works.map(\.id.rawValue))
        #expect(provenance.counts?.works == results.total)
        #expect(provenance.counts?.records == results.works.map(\.records.count).reduce(0, +))
        // Record by record too.
        let (records, _) = try await fixture.export(.csvRecords, query: query)
        let rows = try CSVReader.rows(String(decoding: records, as: UTF8.self)).dropFirst()
        #expect(rows.map { "\($0.fields[3]):\($0.fields[4])" } == results.works.flatMap { $0.records.map(\.key.description) })
    }

    @Test func anEmptyQueryExportsEveryWorkAndEveryRecordNotYetLinked() async throws {
        let fixture = try await ExportFixture.shared()
        let everything = try await fixture.index.search(SearchQuery.all, limit: SearchRequest.maximumLimit, facets: [])
        let (bytes, provenance) = try await fixture.export(.csv)
        let exported = try Self.workIDs(bytes)
        #expect(Set(exported) == Set(everything.works.map(\.id.rawValue)))
        #expect(exported.count == everything.total)
        #expect(exported.contains("r:\(ExportRecords.late.key)"))
        #expect(provenance.counts?.records == (try await fixture.index.statistics().records))
        // A query that parses to nothing (only punctuation) is everything too.
        let (punctuation, _) = try await fixture.export(.csv, query: " * ")
        #expect(try Self.workIDs(punctuation) == exported)
    }

    @Test func filtersSelectAsTheSearchsFilterFieldsDo() async throws {
        let fixture = try await ExportFixture.shared()
        let cases: [(String, ExportFilters, String)] = [
            ("", ExportFilters(sources: ["hand"]), "source:hand"),
            ("", ExportFilters(sources: ["hand", "late"]), "source:(hand OR late)"),
            ("", ExportFilters(types: ["Gemälde"], hasImage: true), "type:Gemälde has:image"),
            ("", ExportFilters(qualifiers: ["workshop", "attributed"]), "qualifier:(workshop OR attributed)"),
            ("", ExportFilters(dates: ["1610..1625"]), "date:1610..1625"),
            ("", ExportFilters(creators: ["van Dyck"]), "creator:\"van Dyck\""),
            ("rubens", ExportFilters(institutions: ["Antwerpen"]), "rubens institution:Antwerpen"),
            ("", ExportFilters(sources: ["kmska"], institutions: ["Koninklijk \"Museum\""]), "source:kmska institution:\"Koninklijk Museum\""),
        ]
        for (query, filters, equivalent) in cases {
            let results = try await fixture.index.search(try SearchQuery(parsing: equivalent), limit: SearchRequest.maximumLimit, facets: [])
            let (bytes, provenance) = try await fixture.export(.csv, query: query, filters: filters)
            #expect(Set(try Self.workIDs(bytes)) == Set(results.works.map(\.id.rawValue)), "\(filters) ≠ \(equivalent)")
            #expect(provenance.filters == filters)
            #expect(!results.works.isEmpty, "\(equivalent) should find something in the fixture")
        }
    }

    @Test func aQueryThatCannotBeReadIsRefusedBeforeAnythingIsWritten() async throws {
        let fixture = try await ExportFixture.shared()
        let sink = MemorySink()
        let error = await #expect(throws: ExportError.self) {
            _ = try await Exporter(store: fixture.store, index: fixture.index).export(ExportRequest(query: "Rubens \"Anbetung der", format: .csv), to: sink)
        }
        #expect(error?.code == .query)
        #expect(error?.message == "query error at column 8: this quote is not closed; close the phrase with a second \" or remove the quote")
        #expect(error?.pointer == "  Rubens \"Anbetung der\n         ^")
        #expect(sink.bytes.isEmpty && !sink.finished)

        let filter = await #expect(throws: ExportError.self) {
            _ = try await Exporter(store: fixture.store, index: fixture.index).export(
                ExportRequest(filters: ExportFilters(qualifiers: ["sideways"]), format: .csv), to: sink)
        }
        #expect(filter?.code == .filter)
        #expect(filter?.message.hasPrefix("the qualifier filter `sideways` cannot be read: unknown qualifier `sideways`; use one of") == true)
        #expect(sink.bytes.isEmpty && !sink.finished)
    }

    @Test func aRequestIsAValueAnHTTPAPICanReceive() throws {
        let request = ExportRequest(
            query: "creator:rubens", filters: ExportFilters(sources: ["kmska"], hasImage: true), format: .linkedArt,
            options: ExportOptions(excel: false, language: "de", baseURI: "https://example.org/oeuvre/"))
        let data = try JSONCoding.encoder().encode(request)
        #expect(try JSONCoding.decoder().decode(ExportRequest.self, from: data) == request)
        #expect(String(decoding: data, as: UTF8.self).contains("\"format\":\"linked-art\""))
    }
}
