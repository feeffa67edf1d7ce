import ArgumentParser
import Foundation
import Logging
import Model
import Search

struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the search index up to date (normalize and link do this themselves), or rebuild it.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Index every work again, not only the changed ones.") var rebuild = false
    @Flag(help: "Print a JSON summary.") var json = false

    func run() async throws {
        LogSetup.bootstrapOnce()
        let index = try SearchIndex(store: try global.openStore(), mappings: global.mappings, logger: Logger(label: "oeuvre.index"))
        let update = rebuild ? try await index.rebuild() : try await index.update()
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(update), as: UTF8.self))
        } else {
            print(IndexCommand.summary(update))
        }
    }

    /// `Search index: 12 works indexed, 1 removed, 300 unchanged; 312 works (0.4 s).`
    static func summary(_ update: IndexUpdate) -> String {
        "Search index: \(update.indexed) works indexed, \(update.removed) removed, \(update.unchanged) unchanged; \(update.works) works (\(String(format: "%.1f", update.seconds)) s)."
    }
}
