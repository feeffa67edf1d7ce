import ArgumentParser
import Foundation
import Link
import Logging
import Model
import Normalize
import Search
import Store

struct NormalizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Map cached raw records into the shared schema; only records whose raw record or mapping changed.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Source ids (default: every source in the store).") var sources: [String] = []
    @Flag(help: "Print a JSON summary instead of a table.") var json = false
    @Option(help: "Records normalized at once (default: one per core).") var jobs: Int?
    @Flag(help: "Leave the search index as it is (update it later with `oeuvre index`).") var skipIndex = false

    func run() async throws {
        LogSetup.bootstrapOnce()
        let store = try global.openStore()
        let definitions = try await global.sourcesInStore(store)
        let selected = try sources.isEmpty ? definitions : sources.map { id in
            guard let definition = definitions.first(where: { $0.id.rawValue == id }) else {
                throw ValidationError("no source '\(id)' has been harvested; known: \(definitions.map(\.id.rawValue).joined(separator: ", "))")
            }
            return definition
        }
        var runner = NormalizeRunner(store: store, mappingsDirectory: global.mappings, logger: Logger(label: "oeuvre.normalize"))
        if let jobs { runner.jobs = max(1, jobs) }
        // The linker's features are computed while each record is in memory, so `oeuvre link` never decodes it again.
        runner.linkFeatures = FeatureExtractor(tables: try LinkTables.load(mappings: global.mappings)).normalizeHook()
        let results = await runner.normalize(selected)
        if json {
            let encoder = JSONCoding.encoder()
            for result in results { print(String(decoding: try encoder.encode(result), as: UTF8.self)) }
        } else {
            let rows = results.map { [$0.source.rawValue, $0.error == nil ? "ok" : "FAILED", String($0.normalized), String($0.unchanged), String($0.warnings), String($0.quarantined), String($0.removed), String(format: "%.1fs", $0.seconds)] }
            var text = TextTable.render(header: ["SOURCE", "STATUS", "NORMALIZED", "UNCHANGED", "WARNINGS", "QUARANTINED", "REMOVED", "TIME"], rows: rows)
            for result in results where result.error != nil { text += "\n\nerror: source \(result.source): \(result.error ?? "")" }
            if results.contains(where: { $0.quarantined > 0 }) { text += "\n\nSee why records were quarantined: oeuvre quarantine [SOURCE]" }
            print(text)
        }
        // Keep the search index current: changed records are searchable as soon as they are normalized.
        if !skipIndex {
            let update = try await SearchIndex(store: store, mappings: global.mappings, logger: Logger(label: "oeuvre.index")).update()
            if !json { print(IndexCommand.summary(update)) }
        }
        if results.contains(where: { $0.error != nil }) { throw ExitCode(1) }
    }
}

struct QuarantineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quarantine", abstract: "List records that could not be taken in, with the reason.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A source id (default: all).") var source: String?
    @Flag(help: "Print JSON Lines.") var json = false

    func run() async throws {
        let entries = try await global.openStore().quarantine(source: source.map { SourceID($0) })
        if json {
            let encoder = JSONCoding.encoder()
            for entry in entries { print(String(decoding: try encoder.encode(entry), as: UTF8.self)) }
            return
        }
        if entries.isEmpty {
            print("No quarantined records.")
            return
        }
        print(TextTable.render(header: ["SOURCE", "RECORD", "STAGE", "FIELD", "REASON"], rows: entries.map { [$0.key.source.rawValue, $0.key.recordID, $0.stage, $0.field ?? "", $0.reason] }))
    }
}
