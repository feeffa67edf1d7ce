import ArgumentParser
import Foundation
import Model
import Search

/// Measures search latency over a fixed set of queries against the floor (SQLite FTS5 alone); used by
/// Benchmarks/search-bench.sh.
struct SearchBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-bench", abstract: "Measure search latency on a store against plain FTS5 (Benchmarks/search-bench.sh).",
        shouldDisplay: false)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Queries, one a line; `# name` starts a category.") var queries: String
    @Option(help: "Timed rounds over all queries (each query's median is taken).") var rounds = 5
    @Option(help: "Works per page.") var limit = 20
    @Flag(help: "Print each query's FTS5 MATCH expression and stop.") var printMatches = false
    @Flag(help: "Leave out the floor (for profiling the search alone).") var skipFloor = false

    struct Measured {
        var category: String
        var text: String
        var query: SearchQuery
        var match: String?
        var total = 0
        var search: [Double] = []
        var firstSearch: [Double] = []
        var floor: [Double] = []
    }

    func run() async throws {
        let store = try global.openStore()
        let index = try SearchIndex(store: store, mappings: global.mappings)
        var measured: [Measured] = []
        var category = "query"
        for line in try String(contentsOfFile: queries, encoding: .utf8).split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text.hasPrefix("#") {
                category = text.dropFirst().trimmingCharacters(in: .whitespaces)
                continue
            }
            let query = try SearchQuery(parsing: text)
            measured.append(Measured(category: category, text: text, query: query, match: index.matchExpression(query)))
        }
        if printMatches {
            for entry in measured { print("\(entry.text)\t\(entry.match ?? "")") }
            return
        }
        let limit = self.limit
        let skipFloor = self.skipFloor
        func floor(_ query: SearchQuery) async throws {
            if skipFloor { return }
            _ = try await index.plainMatch(query, limit: limit)
        }
        let clock = ContinuousClock()
        func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        }
        // The first search loads the per-work columns (once per process and index generation).
        let load = milliseconds(try await clock.measure { _ = try await index.search(.all, limit: 1, facets: []) })
        // One untimed round warms the page cache.
        for entry in measured {
            _ = try await index.search(entry.query, limit: limit)
            try await floor(entry.query)
        }
        for _ in 0..<rounds {
            for position in measured.indices {
                var total = 0
                let entry = measured[position]
                // As the first search of the expression since the index changed (phrase counts and filter bitmaps not
                // yet kept), then again.
                index.forgetQueryStatistics()
                measured[position].firstSearch.append(milliseconds(try await clock.measure { _ = try await index.search(entry.query, limit: limit) }))
                measured[position].search.append(milliseconds(try await clock.measure {
                    total = try await index.search(entry.query, limit: limit).total
                }))
                measured[position].total = total
                measured[position].floor.append(milliseconds(try await clock.measure { try await floor(entry.query) }))
            }
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        func percentile(_ values: [Double], _ p: Double) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
        }
        func format(_ value: Double) -> String { String(format: "%.2f", value) }
        let search = measured.map { median($0.search) }
        let floors = measured.map { median($0.floor) }
        let firstSearches = measured.map { median($0.firstSearch) }
        print("queries: \(measured.count) (\(measured.filter { $0.match == nil }.count) without a full-text part), rounds: \(rounds), page: \(limit), facets: all")
        print("per-work columns loaded in \(format(load)) ms (once per process and index change)")
        var rows: [[String]] = []
        for (name, values) in [("oeuvre search", search), ("oeuvre search, first of its expression", firstSearches), ("floor: FTS5 MATCH", floors)] {
            rows.append([name, format(percentile(values, 0.5)), format(percentile(values, 0.9)), format(percentile(values, 0.99)), format(values.max() ?? 0), format(values.reduce(0, +) / Double(values.count))])
        }
        print(TextTable.render(header: ["", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean ms"], rows: rows))
        print("p50 ratio search/floor: \(format(percentile(search, 0.5) / percentile(floors, 0.5)))")
        print("")
        var categories: [String] = []
        for entry in measured where !categories.contains(entry.category) { categories.append(entry.category) }
        var byCategory: [[String]] = []
        for name in categories {
            let indices = measured.indices.filter { measured[$0].category == name }
            let totals = indices.map { measured[$0].total }.sorted()
            byCategory.append([
                name, String(indices.count), format(percentile(indices.map { search[$0] }, 0.5)), format(indices.map { search[$0] }.max() ?? 0),
                format(percentile(indices.map { firstSearches[$0] }, 0.5)), format(percentile(indices.map { floors[$0] }, 0.5)), String(totals[totals.count / 2]),
            ])
        }
        print(TextTable.render(header: ["category", "queries", "search p50", "search max", "first search p50", "floor p50", "median matches"], rows: byCategory))
        print("")
        print("slowest:")
        for position in search.indices.sorted(by: { search[$0] > search[$1] }).prefix(5) {
            print("  \(format(search[position])) ms (floor \(format(floors[position])) ms, \(measured[position].total) matches)  \(measured[position].text)")
        }
    }
}
