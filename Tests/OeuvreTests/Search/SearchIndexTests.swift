import Foundation
import GRDB
import Model
@testable import Search
import Store
import Testing

@Suite("Search: the joint index, queries in any language, grouped by work, with facets")
struct SearchIndexTests {
    @Test func queriesInFourLanguagesFindTheSameWorkOnce() async throws {
        let fixture = try await SearchFixture.corpus()
        for query in ["Aanbidding der koningen", "Anbetung der Könige", "Adoration of the Magi", "L'Adoration des mages", "adoratio magorum"] {
            let ids = try await fixture.ids(query)
            #expect(ids.first == "w-adoration", "\(query): \(ids)")
            #expect(ids.filter { $0 == "w-adoration" }.count == 1)
        }
        // The elided article goes: the French title finds what the bare words find.
        #expect(Set(try await fixture.ids("L'Adoration des mages")) == Set(try await fixture.ids("Adoration des mages")))
        // The Dutch museum record alone never says "Anbetung": the work pools its German and English records.
        let results = try await fixture.index.search(SearchRequest(query: "Anbetung der Könige", language: "nl"))
        let work = try #require(results.works.first)
        #expect(work.records.map(\.key.description) == ["europeana:2048128-298", "kmska:IB298", "wikidata:Q1"])
        #expect(work.sourceCount == 3)
        #expect(work.title == "Aanbidding der koningen")
        #expect(work.thumbnail == "https://example.org/kmska-298.jpg")
        #expect(work.records.map(\.institution) == ["Koninklijk Museum voor Schone Kunsten Antwerpen", "Koninklijk Museum voor Schone Kunsten Antwerpen", "Royal Museum of Fine Arts Antwerp"])
        #expect(work.records[1].inventoryNumber == "298")
        #expect(work.records[1].attribution == "Rubens, Peter Paul")
        #expect(work.related == [RelatedWork(id: WorkID("w-adoration-copy"), relation: .copyAfter, direction: .original, score: 0.91, title: "Anbetung der Konige (Kopie)")])
        #expect(work.related.first?.phrase == "has copy")
    }

    @Test func iconographicTermsExpandAcrossLanguages() async throws {
        let fixture = try await SearchFixture.corpus()
        // Dutch finds the German sketch, the Dutch print and the French painting.
        let descent = Set(try await fixture.ids("kruisafneming"))
        // The KMSKA Annunciation's description mentions the Kruisafneming panel.
        #expect(descent == ["w-descent-sketch", "w-descent-print", "r:lille:P1", "r:vkc:kmska-257"])
        #expect(Set(try await fixture.ids("Descent from the Cross")) == descent)
        // A quoted phrase is taken as written.
        #expect(Set(try await fixture.ids("\"kruisafneming\"")) == ["w-descent-print", "r:vkc:kmska-257"])
        // The real KMSKA record is Dutch; English and German find it through the table.
        #expect(try await fixture.ids("Annunciation") == ["r:vkc:kmska-257"])
        #expect(try await fixture.ids("Verkündigung") == ["r:vkc:kmska-257"])
    }

    @Test func diacriticsAndCaseAreFoldedBothWays() async throws {
        let fixture = try await SearchFixture.corpus()
        // The Europeana record writes "Könige", the Dulwich record "Konige".
        for query in ["\"der Könige\"", "\"der Konige\"", "\"DER KÖNIGE\""] {
            #expect(Set(try await fixture.ids(query)) == ["w-adoration", "w-adoration-copy"], "\(query)")
        }
        #expect(try await fixture.ids("\"la deposition\"") == ["r:lille:P1"])
        #expect(try await fixture.ids("\"LA DÉPOSITION\"") == ["r:lille:P1"])
        #expect(Set(try await fixture.ids("institution:Gemaldegalerie")) == ["w-descent-sketch", "w-diana"])
        #expect(try await fixture.ids("Jungste") == ["r:vkc:gro-0208"])
        #expect(try await fixture.ids("Frühling") == ["r:bildindex:primavera"])
        #expect(try await fixture.ids("fruhling") == ["r:bildindex:primavera"])
    }

    @Test func prefixesPhrasesAndNumbers() async throws {
        let fixture = try await SearchFixture.corpus()
        #expect(Set(try await fixture.ids("Kreuzab*")) == ["w-descent-sketch"])
        #expect(Set(try await fixture.ids("\"Peter Paul Rubens\"")).contains("w-adoration"))
        #expect(try await fixture.ids("tijgerjacht") == ["w-tiger"])
        // Inventory numbers as written, normalized, or in parts.
        #expect(try await fixture.ids("\"Gal.-Nr. 962 C\"") == ["w-descent-sketch"])
        #expect(try await fixture.ids("962C") == ["w-descent-sketch"])
        #expect(try await fixture.ids("inv. 312") == ["w-tiger"])
        #expect(try await fixture.ids("Q1") == ["w-adoration"])
        // A record in Russian (Cyrillic) is found by its own words.
        #expect(try await fixture.ids("охоты") == ["w-diana-sketch"])
    }

    @Test func filters() async throws {
        let fixture = try await SearchFixture.corpus()
        #expect(Set(try await fixture.ids("creator:vorsterman")) == ["w-descent-print"])
        #expect(Set(try await fixture.ids("institution:Gemäldegalerie")) == ["w-descent-sketch", "w-diana"])
        #expect(Set(try await fixture.ids("institution:\"Palais des Beaux-Arts\"")) == ["r:lille:P1"])
        // Any name of an institution in Mappings/link/institutions.csv finds its records however they write it.
        #expect(Set(try await fixture.ids("institution:anvers")) == ["w-adoration", "w-descent-print", "r:vkc:kmska-257"])
        #expect(Set(try await fixture.ids("type:\"oil sketch\"")) == ["w-descent-sketch", "w-diana-sketch"])
        #expect(Set(try await fixture.ids("type:Ölskizze")) == ["w-descent-sketch", "w-diana-sketch"])
        #expect(Set(try await fixture.ids("type:print")) == ["w-descent-print"])
        #expect(Set(try await fixture.ids("qualifier:werkstatt")) == ["w-descent-sketch", "w-tiger", "w-diana-sketch"])
        #expect(Set(try await fixture.ids("qualifier:naar")) == ["w-descent-print", "w-adoration-copy"])
        #expect(Set(try await fixture.ids("qualifier:attributed")) == ["r:lille:P1"])
        #expect(Set(try await fixture.ids("source:wikidata")) == ["w-adoration", "w-diana"])
        #expect(Set(try await fixture.ids("id:kmska:IB298")) == ["w-adoration"])
        #expect(Set(try await fixture.ids("id:w-tiger")) == ["w-tiger"])
        #expect(Set(try await fixture.ids("id:r:lille:P1")) == ["r:lille:P1"])
        #expect(Set(try await fixture.ids("id:Q1")) == ["w-adoration"])
        // Date spans overlap: 1615-1620 and 1616-1617 and the Tiger Hunt's ca. 1615-1620 and Diana's 1615.
        let year1616 = Set(try await fixture.ids("creator:rubens date:1616..1616"))
        #expect(year1616 == ["w-descent-sketch", "r:lille:P1", "w-tiger", "w-diana-sketch"], "\(year1616)")
        #expect(Set(try await fixture.ids("date:1690..")) == ["w-adoration-copy", "r:ima:turner"])
        #expect(Set(try await fixture.ids("kruisafneming has:image")) == ["w-descent-sketch"])
        #expect(Set(try await fixture.ids("Rubens workshop 1615..1620")) == ["w-descent-sketch", "w-tiger", "w-diana-sketch"])
    }

    @Test func booleanOperators() async throws {
        let fixture = try await SearchFixture.corpus()
        #expect(Set(try await fixture.ids("kruisafneming -qualifier:after")) == ["w-descent-sketch", "r:lille:P1", "r:vkc:kmska-257"])
        #expect(Set(try await fixture.ids("kruisafneming NOT type:painting")) == ["w-descent-sketch", "w-descent-print"])
        #expect(Set(try await fixture.ids("tijgerjacht OR Primavera")) == ["w-tiger", "r:bildindex:primavera"])
        #expect(Set(try await fixture.ids("(tijgerjacht OR Annunciatie) -has:image")) == ["r:vkc:kmska-257"])
        let notRubens = Set(try await fixture.ids("NOT creator:rubens"))
        #expect(notRubens == ["r:vkc:kmska-257", "r:vkc:gro-0208", "r:bildindex:primavera", "r:europeana:mauritshuis-1", "r:ima:turner"])
        // A date under OR with text: answered by conditions on the candidates.
        #expect(Set(try await fixture.ids("creator:botticelli OR date:1690..1710")) == ["r:bildindex:primavera", "w-adoration-copy"])
    }

    @Test func facetsCountEveryMatchingWork() async throws {
        let fixture = try await SearchFixture.corpus()
        let results = try await fixture.index.search(SearchRequest(query: "creator:rubens", limit: 2))
        #expect(results.total == 9)
        #expect(results.works.count == 2)
        func facet(_ name: FacetName) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: (results.facets.first { $0.name == name }?.values ?? []).map { ($0.value, $0.count) })
        }
        #expect(facet(.qualifier) == ["autograph": 5, "workshop_of": 3, "after": 2, "attributed_to": 1])
        #expect(facet(.type) == ["painting": 5, "oil sketch": 2, "print": 1])
        #expect(facet(.image) == ["yes": 6, "no": 3])
        #expect(facet(.decade) == ["1610": 5, "1620": 5, "1650": 1, "1700": 1])
        // Wikidata's "Royal Museum of Fine Arts Antwerp" counts as KMSKA, under the table's first name for it.
        #expect(facet(.institution)["Koninklijk Museum voor Schone Kunsten Antwerpen"] == 2)
        #expect(facet(.institution)["Royal Museum of Fine Arts Antwerp"] == nil)
        #expect(facet(.source) == ["kmska": 2, "europeana": 1, "wikidata": 2, "skd": 1, "lille": 1, "dulwich": 1, "dc": 1, "iiif": 1, "csv": 1, "ng": 1])
        // Decades in order; other facets most frequent first.
        #expect(results.facets.first { $0.name == .decade }?.values.map(\.value) == ["1610", "1620", "1650", "1700"])
        #expect(results.facets.first { $0.name == .qualifier }?.values.first == FacetCount(value: "autograph", count: 5))
    }

    @Test func pagesAndTheStreamOfAllMatchesAgree() async throws {
        let fixture = try await SearchFixture.corpus()
        let all = try await fixture.index.search(SearchRequest(query: "", limit: 100, facets: []))
        #expect(all.total == 14)
        var paged: [String] = []
        for offset in stride(from: 0, to: 14, by: 4) {
            let page = try await fixture.index.search(SearchRequest(query: "", limit: 4, offset: offset, facets: []))
            #expect(page.works.first?.rank == offset + 1)
            paged += page.works.map(\.id.rawValue)
        }
        #expect(paged == all.works.map(\.id.rawValue))
        var streamed: [String] = []
        for try await batch in fixture.index.matches(.all, batchSize: 6) { streamed += batch.map(\.id.rawValue) }
        #expect(streamed == paged)
        #expect(try await fixture.index.count(try SearchQuery(parsing: "creator:rubens")) == 9)
        // Past the end: an empty page, the total still right.
        let beyond = try await fixture.index.search(SearchRequest(query: "", limit: 10, offset: 100, facets: []))
        #expect(beyond.works.isEmpty && beyond.total == 14)
    }

    @Test func rankingPrefersTitlesAndWorksDocumentedByMoreSources() async throws {
        let fixture = try await SearchFixture.corpus()
        // "adoration" is in the titles of the Adoration (three sources) and only in the description of the portrait.
        let ranked = try await fixture.index.search(SearchRequest(query: "adoration", facets: []))
        #expect(ranked.works.map(\.id.rawValue).first == "w-adoration")
        #expect(ranked.works.last?.id.rawValue == "r:ng:NG853")
        #expect(ranked.works.map(\.score) == ranked.works.map(\.score).sorted(by: >))
        #expect(Set(try await fixture.ids("diana OR tijgerjacht")) == ["w-diana", "w-tiger"])
        // Same text, more sources: the two-source Tiger Hunt ranks above a one-source work with the same title.
        try await fixture.add([SearchFixture.record("other:tiger", titles: [("The Tiger Hunt", "en"), ("De tijgerjacht", "nl")], agents: [SearchFixture.rubens])])
        try await fixture.index.update()
        #expect(try await fixture.ids("\"tiger hunt\"").first == "w-tiger")
    }

    @Test func ourEvaluationFindsWhatFTS5FindsWithSQLitesBM25ScoresPhraseByPhraseAndRowByRow() async throws {
        let fixture = try await SearchFixture.corpus()
        let texts = [
            "adoration", "Anbetung der Könige", "rubens OR diana", "\"tiger hunt\"", "kruisafneming", "tij*", "painting NOT diana",
            "creator:rubens", "title:diana OR subject:jagd", "rubens qualifier:autograph", "NOT qualifier:autograph rubens",
            "has:image diana", "type:painting", "institution:kmska", "(rubens OR brueghel) NOT (diana OR tiger*)", "source:rkd OR source:kmska",
        ]
        for text in texts {
            let query = try SearchQuery(parsing: text)
            let plan = QueryPlan(query.root.flatMap(fixture.index.expansion.expand))
            let match = try #require(plan.match, "\(text)")
            let (expected, ours) = try await fixture.store.database.read { db in
                let expected = Dictionary(uniqueKeysWithValues: try Row.fetchAll(
                    db, sql: "SELECT rowid, bm25(search_text, \(SearchIndex.columnWeightArguments)) FROM search_text WHERE search_text MATCH ?", arguments: [match.text]
                ).map { ($0[0] as Int64, -($0[1] as Double)) })
                let columns = try WorkColumns.load(db, generation: 0)
                var ours: [Int64: Double] = [:]
                try FullTextRanking.evaluate(match, weights: SearchIndex.columnWeights, scored: plan.scored, columns: columns, db: db) { rowIDs, scores in
                    #expect(Array(rowIDs) == rowIDs.sorted(), "\(text): row ids ascending")
                    for (rowID, score) in zip(rowIDs, scores) { ours[rowID] = -score }
                }
                // Again, with the phrases' row counts kept from the first time: the same scores.
                var again: [Int64: Double] = [:]
                try FullTextRanking.evaluate(match, weights: SearchIndex.columnWeights, scored: plan.scored, columns: columns, db: db) { rowIDs, scores in
                    for (rowID, score) in zip(rowIDs, scores) { again[rowID] = -score }
                }
                #expect(again == ours, "\(text)")
                return (expected, ours)
            }
            #expect(!expected.isEmpty, "\(text)")
            #expect(Set(ours.keys) == Set(expected.keys), "\(text)")
            guard plan.scored else { continue }
            for (rowID, score) in expected {
                #expect(abs((ours[rowID] ?? .nan) - score) < 1e-9, "\(text): row \(rowID)")
            }
        }
    }

    @Test func aSearchSplitBetweenTwoConnectionsFindsAndScoresAsOneConnectionDoes() async throws {
        let path = try Fixtures.temporaryDirectory() + "/oeuvre.sqlite"
        let fixture = try await SearchFixture.corpus(path: path)
        let helper = HelperConnection(path: path)
        let texts = [
            "adoration", "Anbetung der Könige", "rubens OR diana", "kruisafneming", "tij*", "source:rkd OR rubens", "painting OR \"tiger hunt\"",
            // Filters read from the columns beside phrases under NOT, including a NOT that leaves nothing.
            "has:image -rubens -diana", "qualifier:autograph NOT adoration", "type:painting -painting", "has:image -has:image",
            // A filter without every work that has a word: FTS5 finds nothing, and so must the bitmaps.
            "has:image -(" + "abcdefghijklmnopqrstuvwxyz0123456789".map { "\($0)*" }.joined(separator: " OR ") + ")",
        ]
        for text in texts {
            let plan = QueryPlan(try SearchQuery(parsing: text).root.flatMap(fixture.index.expansion.expand))
            let match = try #require(plan.match, "\(text)")
            try await fixture.store.database.read { db in
                let expected = Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM search_text WHERE search_text MATCH ?", arguments: [match.text]))
                let columns = try WorkColumns.load(db, generation: WorkColumns.generation(db))
                var alone: [Int64: Double] = [:]
                try FullTextRanking.evaluate(match, weights: SearchIndex.columnWeights, scored: plan.scored, columns: columns, db: db) { rowIDs, scores in
                    for (rowID, score) in zip(rowIDs, scores) { alone[rowID] = score }
                }
                #expect(Set(alone.keys) == expected, "\(text)")
                // Split on the first search (counts unknown), then with the counts known, then phrase by phrase even
                // where FTS5's own walk would be chosen.
                for round in 0..<3 {
                    if round == 0 { columns.phraseHits.removeAll() }
                    var split: [Int64: Double] = [:]
                    try FullTextRanking.evaluate(
                        match, weights: SearchIndex.columnWeights, scored: plan.scored, columns: columns, db: db, helper: helper, splitFrom: 0,
                        phraseByPhrase: round == 2
                    ) { rowIDs, scores in
                        for (rowID, score) in zip(rowIDs, scores) { split[rowID] = score }
                    }
                    #expect(split == alone, "\(text), round \(round)")
                }
            }
        }
        // The helper walked its share of the queries with two phrases or more to walk.
        #expect(helper.walks >= 6)
    }

    @Test func facetsCountedByBitmapsEqualFacetsCountedWorkByWork() async throws {
        let fixture = try await SearchFixture.corpus()
        try await fixture.store.database.read { db in
            let columns = try WorkColumns.load(db, generation: 0)
            for query in ["", "rubens", "has:image", "adoration OR diana"] {
                let plan = QueryPlan(try SearchQuery(parsing: query).root.flatMap(fixture.index.expansion.expand))
                let rows = try SearchIndex.rank(plan, columns: columns, db: db).map(\.rowID)
                let byWork = columns.countFacets(rows, names: Set(FacetName.allCases), bitmapsFrom: .max)
                let byBitmap = columns.countFacets(rows, names: Set(FacetName.allCases), bitmapsFrom: 0)
                #expect(!byWork.isEmpty, "\(query)")
                #expect(byBitmap == byWork, "\(query)")
            }
        }
    }

    @Test func relatedWorksShowTheRelationFromEachSide() async throws {
        let fixture = try await SearchFixture.corpus()
        let sketch = try #require(try await fixture.index.search(SearchRequest(query: "id:w-diana-sketch")).works.first)
        #expect(sketch.related.map(\.phrase) == ["preparatory study for"])
        #expect(sketch.related.first?.title == "Dianas Heimkehr von der Jagd")
        let diana = try #require(try await fixture.index.search(SearchRequest(query: "id:w-diana")).works.first)
        #expect(diana.related.map(\.phrase) == ["has preparatory study"])
        #expect(diana.related.first?.id == WorkID("w-diana-sketch"))
    }
}
