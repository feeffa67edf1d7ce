import ArgumentParser
import Foundation
import Model

struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sources", abstract: "List the sources defined under the mappings folder.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON Lines instead of a table.") var json = false

    func run() async throws {
        let sources = try global.sources()
        if json {
            let encoder = JSONCoding.encoder()
            for source in sources { print(String(decoding: try encoder.encode(source), as: UTF8.self)) }
            return
        }
        if sources.isEmpty {
            print("No sources defined in \(global.mappings)/sources/. Add a YAML file there (see README, \"Adding a source\").")
            return
        }
        let rows = sources.map { [$0.id.rawValue, $0.protocol.rawValue, $0.format.rawValue, $0.institution, $0.endpoint] }
        print(TextTable.render(header: ["SOURCE", "PROTOCOL", "FORMAT", "INSTITUTION", "ENDPOINT"], rows: rows))
    }
}
