import ArgumentParser
import Foundation
import Harvest
import Model
import Normalize
import Store

struct MappingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping", abstract: "Check a mapping file, or try it on a record file.", subcommands: [Check.self, Try.self])

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a mapping file completely: fields, keys, XPaths, namespaces, parsers, vocabularies.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The mapping file.") var file: String

        func run() async throws {
            let mapping = try MappingLoader.load(file: file, mappingsDirectory: global.mappings)
            let rules = mapping.rules.values.map(\.count).reduce(0, +)
            print("\(file): ok — format \(mapping.format.rawValue), \(mapping.rules.count) fields, \(rules) rules, \(mapping.vocabularies.count) vocabularies")
        }
    }

    struct Try: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Normalize one record file with a mapping and print each value with the source path it came from.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The mapping file.") var file: String
        @Argument(help: "A record file (one LIDO/EDM/DC record, one JSON object, or a CSV file's first row).") var record: String
        @Flag(help: "Print the normalized record as JSON.") var json = false
        @Option(help: "The harvest time to record (ISO 8601), for reproducible output.") var harvestedAt: String?

        func run() async throws {
            let harvestTime = try harvestedAt.map { text -> Date in
                guard let date = ISO8601DateFormatter().date(from: text) else { throw ValidationError("--harvested-at '\(text)' is not ISO 8601 (2024-01-01T00:00:00Z)") }
                return date
            } ?? Date.oeuvreNow
            let mapping = try MappingLoader.load(file: file, mappingsDirectory: global.mappings)
            let normalizer = RecordNormalizer(mapping: mapping, authorities: try NormalizeRunner.authorities(mappingsDirectory: global.mappings))
            guard let data = FileManager.default.contents(atPath: record) else { throw ValidationError("cannot read \(record)") }
            var content = [UInt8](data)
            if mapping.kind == .csv {
                guard let row = CSVRecord.firstRow(of: String(decoding: data, as: UTF8.self)) else { throw ValidationError("\(record) has no data row under its header") }
                content = row
            }
            let raw = RawRecord(key: RecordKey(source: "try", recordID: (record as NSString).lastPathComponent), datestamp: nil, content: content, mediaType: mapping.format.mediaType)
            switch normalizer.normalize(raw, harvestedAt: harvestTime) {
            case .quarantined(let diagnostic):
                print("quarantined: \(diagnostic)")
                throw ExitCode(2)
            case .record(let normalized):
                if json {
                    print(String(decoding: try JSONCoding.encoder(pretty: true).encode(normalized), as: UTF8.self))
                } else {
                    print(RecordExplanation.render(normalized))
                }
            }
        }
    }
}
