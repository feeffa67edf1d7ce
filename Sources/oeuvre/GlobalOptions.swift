import ArgumentParser
import Foundation
import Harvest
import Model
import Store

/// Options every command takes: where the data and the mappings live.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of the store and the harvest cache.")
    var data: String = "Cache"

    @Option(name: .long, help: "Folder of the mapping files and source definitions.")
    var mappings: String = "Mappings"

    /// The store file inside the data folder.
    var storePath: String { (data as NSString).appendingPathComponent("oeuvre.sqlite") }

    func openStore() throws -> OeuvreStore {
        try OeuvreStore(path: storePath)
    }

    func sources() throws -> [SourceDefinition] {
        try SourceCatalog.load(mappingsDirectory: mappings)
    }

    /// Sources in the store: their definition file where there is one, else what the store registered
    /// (for sources harvested ad hoc with --endpoint).
    func sourcesInStore(_ store: OeuvreStore) async throws -> [SourceDefinition] {
        let defined = Dictionary(uniqueKeysWithValues: try sources().map { ($0.id, $0) })
        return try await store.registeredSources().compactMap { registration in
            if let definition = defined[registration.id] { return definition }
            guard let protocolName = HarvestProtocol(rawValue: registration.protocolName), let format = RecordFormat(rawValue: registration.format) else { return nil }
            return SourceDefinition(id: registration.id, institution: registration.institution, protocol: protocolName, endpoint: registration.endpoint, format: format)
        }
    }
}
