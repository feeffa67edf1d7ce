import Foundation
import Model
@testable import Search
import Store
import Testing

@Suite("Search: hostile queries and concurrent writes")
struct SearchSafetyTests {
    /// Queries that are FTS5 or SQL syntax: each is either refused with a query error or searched as words.
    static let hostile = [
        "\"*\" NEAR", "NEAR(rubens kruisafneming, 2)", "rubens*kruis", "^rubens", "{title agent}: rubens", "title: \"a\" OR rowid:1",
        "'; DROP TABLE search_work; --", "\") OR 1=1 --", "rubens\" OR \"x", "a\u{0}b", "kruis -", "- -", "*:*", "\"\"", "(\"\")",
        "creator:\"\"", "id:'); DELETE FROM record; --", "source:\"kmska' OR '1'='1\"", "type:\"\"", "zzsrc0kmska", "x AND NOT y",
        "Rubens \u{202E}evil", "👩‍🎨 Rubens", String(repeating: "a", count: 999), String(repeating: "\"", count: 3),
    ]

    @Test(arguments: hostile)
    func hostileQueriesNeverReachSQL(_ query: String) async throws {
        let fixture = try await SearchFixture.corpus()
        do {
            let results = try await fixture.index.search(SearchRequest(query: query))
            #expect(results.total >= 0)
        } catch let error as QueryError {
            #expect(error.position >= 0 && error.position <= query.count)
        }
        // The index is intact.
        #expect(try await fixture.index.statistics().works == 14)
        #expect(try await fixture.store.normalizedCount(source: "kmska") == 2)
    }

    @Test func searchesGoOnWhileAnotherConnectionWrites() async throws {
        let path = try Fixtures.temporaryDirectory() + "/oeuvre.sqlite"
        let fixture = try await SearchFixture.corpus(path: path)
        let rounds = 15
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // A normalize run and index updates, through their own store, as another process would.
                let writer = try SearchFixture(path: path)
                for round in 0..<rounds {
                    let records = (0..<20).map { SearchFixture.record("stream:\(round)-\($0)", titles: [("Kruisafneming \(round) \($0)", "nl")], agents: [SearchFixture.rubens]) }
                    try await writer.add(records)
                    try await writer.index.update()
                }
            }
            group.addTask {
                let reader = try SearchIndex(store: try OeuvreStore(path: path), mappings: SearchFixture.mappings)
                var last = 0
                for _ in 0..<60 {
                    let results = try await reader.search(SearchRequest(query: "kruisafneming", limit: 5))
                    // Each search sees one snapshot: the index never shrinks while records are added.
                    #expect(results.total >= last)
                    #expect(results.facets.first { $0.name == .source }.map { $0.values.reduce(0) { $0 + $1.count } } ?? 0 >= results.total)
                    last = results.total
                }
            }
            try await group.waitForAll()
        }
        #expect(try await fixture.index.count(try SearchQuery(parsing: "kruisafneming")) == 4 + rounds * 20)
    }
}
