import Foundation
import Model
@testable import Search
import Testing

@Suite("Search: what the index stores per work")
struct SearchStoredFormTests {
    @Test(arguments: GoldenCases.all.map(\.golden))
    func summariesRoundTripThroughTheirBinaryForm(_ golden: String) throws {
        let json = try Fixtures.text("golden/\(golden).json")
        let record = try JSONCoding.decoder().decode(CatalogueRecord.self, from: Data(json.utf8))
        // The slim projection reads the same stored JSON as the full record.
        let indexed = try JSONCoding.decoder().decode(IndexedRecord.self, from: Data(json.utf8))
        #expect(indexed.key == record.key)
        #expect(indexed.titles.map(\.text) == record.titles.map(\.text))
        #expect(indexed.agents.map(\.qualifier) == record.agents.map(\.qualifier))
        let summary = StoredSummary(records: [WorkDocument.summary(indexed)])
        let decoded = try #require(SummaryCoding.decode(SummaryCoding.encode(summary)))
        #expect(decoded.records == summary.records)
        #expect(decoded.records.first?.title == record.preferredTitle?.text)
        #expect(decoded.records.first?.inventoryNumber == record.inventoryNumber?.written)
    }

    @Test func brokenBytesAreNotASummary() {
        #expect(SummaryCoding.decode(Data([9, 1, 2])) == nil)
        #expect(SummaryCoding.decode(Data([SummaryCoding.version, 1, 200])) == nil)
        #expect(SummaryCoding.decode(Data()) == nil)
    }

    @Test func documentsPoolTheirRecordsText() throws {
        let records = try ["oai_dc_rubens", "iiif_v3_manifest"].map { name in
            try JSONCoding.decoder().decode(IndexedRecord.self, from: Data(try Fixtures.text("golden/\(name).json").utf8))
        }
        let document = WorkDocument(workID: WorkID("w-1"), provisional: false, fingerprint: 1, records: records)
        #expect(document.columns[WorkDocument.Column.title.rawValue] == "the tiger hunt ; de tijgerjacht")
        #expect(document.columns[WorkDocument.Column.agent.rawValue].contains("workshop of"))
        #expect(document.sourceCount == 1 && document.recordCount == 2)
        #expect(document.earliest == 1610 && document.latest == 1625)
        #expect(document.facets.contains { $0 == (.decade, "1610") } && document.facets.contains { $0 == (.qualifier, "workshop_of") })
        #expect(document.hasImage)
    }
}
