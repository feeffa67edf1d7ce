import Foundation
import GRDB
import Model
@testable import Search
import Store
import Testing

@Suite("Search index kept current incrementally")
struct SearchIndexUpdateTests {
    @Test func onlyChangedWorksAreIndexedAgain() async throws {
        let fixture = try await SearchFixture.corpus()
        let first = try await fixture.index.update()
        #expect(first.indexed == 0 && first.removed == 0 && first.unchanged == 14 && first.works == 14)

        // A record changes at its source: its work alone is indexed again, with the new title.
        var changed = SearchFixture.record("lille:P1", titles: [("La Descente de croix", "fr")], agents: [AgentCredit(name: "Rubens, Peter Paul", qualifier: .attributedTo)],
                                          institution: "Palais des Beaux-Arts de Lille", rawHash: "2")
        try await fixture.add([changed])
        var update = try await fixture.index.update()
        #expect(update.indexed == 1 && update.unchanged == 13)
        #expect(try await fixture.ids("descente") == ["r:lille:P1"])
        #expect(try await fixture.ids("\"la déposition\"").isEmpty)

        // A new record: searchable before any link run, as a provisional work.
        changed.key = RecordKey(source: "lille", recordID: "P2")
        try await fixture.add([changed])
        update = try await fixture.index.update()
        #expect(update.indexed == 1)
        #expect(Set(try await fixture.ids("descente")) == ["r:lille:P1", "r:lille:P2"])

        // A link run puts both into one work: the work is indexed, the two provisional entries removed.
        try await fixture.link([Work(id: WorkID("w-lille"), members: [SearchFixture.key("lille:P1"), SearchFixture.key("lille:P2")])])
        update = try await fixture.index.update()
        #expect(update.removed >= 2)
        #expect(try await fixture.ids("descente") == ["w-lille"])
        let work = try #require(try await fixture.index.search(SearchRequest(query: "descente")).works.first)
        #expect(work.records.count == 2 && work.sourceCount == 1 && !work.provisional)
    }

    @Test func relationsAndRemovedRecordsUpdateTheirWorks() async throws {
        let fixture = try await SearchFixture.corpus()
        let before = try await fixture.index.statistics()
        // Same works, one relation more: both ends are indexed again.
        try await fixture.link([
            Work(id: WorkID("w-adoration"), members: [SearchFixture.key("kmska:IB298"), SearchFixture.key("europeana:2048128-298"), SearchFixture.key("wikidata:Q1")]),
            Work(id: WorkID("w-tiger"), members: [SearchFixture.key("dc:tiger-hunt"), SearchFixture.key("iiif:tiger-hunt")]),
        ], relations: [WorkRelation(a: WorkID("w-tiger"), b: WorkID("w-adoration"), relation: .pendant, score: 0.5)])
        let update = try await fixture.index.update()
        // The two works (relation added) and the five works that the run dropped, now provisional records.
        #expect(update.indexed == 2 + 5)
        #expect(try await fixture.index.search(SearchRequest(query: "id:w-tiger")).works.first?.related.map(\.phrase) == ["pendant of"])

        // A record whose raw record is deleted leaves the index with its work.
        try await fixture.store.database.write { db in
            try db.execute(sql: "DELETE FROM record WHERE source_id = 'ima'")
        }
        let removal = try await fixture.index.update()
        #expect(removal.removed == 1 && removal.indexed == 0)
        #expect(try await fixture.ids("Exeter").isEmpty)
        let after = try await fixture.index.statistics()
        #expect(after.generation > before.generation)
        #expect(after.records == 16)
    }

    @Test func rebuildReplacesEveryEntryInPlace() async throws {
        let fixture = try await SearchFixture.corpus()
        let ids = try await fixture.ids("creator:rubens")
        let rebuilt = try await fixture.index.rebuild()
        #expect(rebuilt.indexed == 14 && rebuilt.unchanged == 0 && rebuilt.works == 14)
        #expect(try await fixture.ids("creator:rubens") == ids)
    }
}
