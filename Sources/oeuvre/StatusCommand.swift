import ArgumentParser
import Foundation
import Model
import Store

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Per source: records stored, quarantined, last harvest.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON Lines, one object per source.") var json = false

    func run() async throws {
        let store = try global.openStore()
        var statuses = try await store.status()
        // Sources defined but never harvested still show, with zero counts.
        let known = Set(statuses.map(\.source))
        for definition in (try? global.sources()) ?? [] where !known.contains(definition.id) {
            statuses.append(SourceStatus(source: definition.id, institution: definition.institution))
        }
        statuses.sort { $0.source < $1.source }
        if json {
            let encoder = JSONCoding.encoder()
            for status in statuses { print(String(decoding: try encoder.encode(status), as: UTF8.self)) }
            return
        }
        let formatter = ISO8601DateFormatter()
        let rows = statuses.map { status -> [String] in
            let last = status.lastHarvest.map { "\($0.status.rawValue) \(formatter.string(from: $0.finishedAt ?? $0.startedAt))" } ?? "never"
            return [status.source.rawValue, String(status.rawRecords), String(status.deletedRecords), String(status.normalizedRecords), String(status.quarantinedRecords), last]
        }
        print(TextTable.render(header: ["SOURCE", "RECORDS", "DELETED", "NORMALIZED", "QUARANTINED", "LAST HARVEST"], rows: rows))
    }
}
