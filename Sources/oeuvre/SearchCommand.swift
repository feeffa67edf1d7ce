import ArgumentParser
import Foundation
import Model
import Search

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the joint index: one result per work, with its records from every source, and facets.",
        discussion: """
            Free text in any language plus filters: creator:, institution:, type:, qualifier:, date:1610..1620, \
            decade:1610, has:image, source:, id:, title:, subject:, iconclass:; AND, OR, NOT (or -word), "phrases", \
            prefix*, parentheses. Examples:
              oeuvre search "Anbetung der Könige"
              oeuvre search 'rubens qualifier:workshop 1615..1620'
              oeuvre search 'kruisafneming OR "descent from the cross" -type:print'
            See README.md, "Search".
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The query (quote it for the shell).") var query: String
    @Option(help: "Works per page (at most 1000).") var limit = 20
    @Option(help: "Works to skip.") var offset = 0
    @Option(help: "Prefer titles in this language (de, nl, fr, en…).") var lang: String?
    @Flag(help: "Print JSON Lines: a first line with the total and facets, then one line per work.") var json = false
    @Flag(help: "Print CSV: one row per record of each work.") var csv = false
    @Flag(help: "Leave out the facets.") var noFacets = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
        if limit < 1 || limit > SearchRequest.maximumLimit { throw ValidationError("--limit must be between 1 and \(SearchRequest.maximumLimit)") }
        if offset < 0 { throw ValidationError("--offset must not be negative") }
    }

    func run() async throws {
        let query: SearchQuery
        do {
            query = try SearchQuery(parsing: self.query)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n\(error.pointer)\n".utf8))
            throw ExitCode(2)
        }
        let index = try SearchIndex(store: try global.openStore(), mappings: global.mappings)
        let results = try await index.search(query, limit: limit, offset: offset, facets: noFacets ? [] : FacetName.allCases, language: lang)
        if results.total == 0, try await index.statistics().works == 0 {
            FileHandle.standardError.write(Data("note: the search index is empty; `oeuvre index` builds it from the normalized records\n".utf8))
        }
        if json {
            print(try SearchOutput.jsonLines(results))
        } else if csv {
            print(SearchOutput.csv(results), terminator: "")
        } else {
            print(SearchOutput.text(results))
        }
    }
}
