import ArgumentParser
import Foundation
import Harvest
import Logging
import Model
import Store

struct HarvestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harvest",
        abstract: "Harvest sources into the store: incrementally by default, resuming an interrupted run.",
        discussion: """
            Name sources defined under Mappings/sources/, or --all. To try an endpoint without a file:
              oeuvre harvest --endpoint URL --protocol oai-pmh --metadata-prefix lido --format lido --name NAME --institution "NAME"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Source ids to harvest.") var sources: [String] = []
    @Flag(help: "Harvest every defined source.") var all = false
    @Flag(help: "Everything, not only changes; marks records gone from the source as withdrawn.") var full = false
    @Option(help: "Harvest changes since this date (YYYY-MM-DD or ISO 8601) instead of since the last run.") var from: String?
    @Flag(help: "Print a JSON summary instead of a table.") var json = false

    @Option(help: "Ad-hoc source: the endpoint URL.") var endpoint: String?
    @Option(name: .customLong("protocol"), help: "Ad-hoc source: \(HarvestProtocol.validNames).") var protocolName: String?
    @Option(help: "Ad-hoc source: \(RecordFormat.validNames).") var format: String?
    @Option(help: "Ad-hoc source: its id.") var name: String?
    @Option(help: "Ad-hoc source: the institution.") var institution: String?
    @Option(help: "Ad-hoc source: OAI-PMH metadata prefix.") var metadataPrefix: String?
    @Option(help: "Ad-hoc source: OAI-PMH set.") var set: String?
    @Option(help: "Ad-hoc source: a query (SPARQL, search APIs), or @FILE.") var query: String?
    @Option(help: "Ad-hoc source: records per page.") var pageSize: Int?
    @Option(help: "Ad-hoc source: requests per second.") var requestsPerSecond: Double?

    func validate() throws {
        if let protocolName, HarvestProtocol(rawValue: protocolName) == nil {
            throw ValidationError("unknown protocol '\(protocolName)'; valid protocols: \(HarvestProtocol.validNames)")
        }
        if let format, RecordFormat(rawValue: format) == nil {
            throw ValidationError("unknown format '\(format)'; valid formats: \(RecordFormat.validNames)")
        }
        if endpoint != nil {
            guard protocolName != nil, format != nil, let name else {
                throw ValidationError("an ad-hoc source needs --endpoint, --protocol, --format and --name")
            }
            guard SourceCatalog.isSafeID(name) else {
                throw ValidationError("--name '\(name)' must be lower-case letters, digits, '.', '_' or '-'")
            }
        } else if sources.isEmpty && !all {
            throw ValidationError("name the sources to harvest, or give --all (see `oeuvre sources`)")
        }
        if let from, !(from.count >= 10 && from.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" })) {
            throw ValidationError("--from '\(from)' is not a date; write YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ")
        }
    }

    func run() async throws {
        LogSetup.bootstrapOnce()
        let logger = Logger(label: "oeuvre.harvest")
        let selected = try selectSources()
        let store = try global.openStore()
        let reporter = ProgressReporter()
        let runner = HarvestRunner(store: store, dataDirectory: global.data, logger: logger)
        let results = await runner.harvest(selected, options: HarvestOptions(full: full, from: from, progress: reporter.report))
        reporter.finish()
        if json {
            let encoder = JSONCoding.encoder()
            for result in results { print(String(decoding: try encoder.encode(result), as: UTF8.self)) }
        } else {
            print(HarvestSummary.render(results))
        }
        if results.contains(where: { !$0.succeeded }) { throw ExitCode(1) }
    }

    private func selectSources() throws -> [SourceDefinition] {
        if let endpoint, let protocolName, let format, let name, let harvestProtocol = HarvestProtocol(rawValue: protocolName), let recordFormat = RecordFormat(rawValue: format) {
            var politeness = SourceDefinition.Politeness()
            if let requestsPerSecond { politeness.requestsPerSecond = requestsPerSecond }
            return [SourceDefinition(
                id: SourceID(name), institution: institution ?? name, protocol: harvestProtocol, endpoint: endpoint, format: recordFormat,
                parameters: .init(metadataPrefix: metadataPrefix, set: set, query: query, pageSize: pageSize), politeness: politeness)]
        }
        let defined = try global.sources()
        if all { return defined }
        let byID = Dictionary(uniqueKeysWithValues: defined.map { ($0.id.rawValue, $0) })
        return try sources.map { id in
            guard let definition = byID[id] else {
                throw ValidationError("no source '\(id)' in \(global.mappings)/sources/; defined: \(defined.map(\.id.rawValue).joined(separator: ", "))")
            }
            return definition
        }
    }
}
