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
}
