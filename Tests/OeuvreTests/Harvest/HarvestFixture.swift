import Foundation
import Harvest
import Logging
import Model
import Store

/// A store, a data folder and a runner wired to a local fixture server, for harvest tests.
struct HarvestFixture {
    let server: LocalServer
    let store: OeuvreStore
    let data: String
    let runner: HarvestRunner

    init(serverArguments: [String] = ["--records-dir", Fixtures.url("datahub-vkc").path, "--page-size", "2"]) throws {
        server = try LocalServer(arguments: serverArguments)
        data = try Fixtures.temporaryDirectory()
        store = try OeuvreStore(path: data + "/oeuvre.sqlite")
        runner = HarvestRunner(store: store, dataDirectory: data, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    func source(id: SourceID = "fixture", timeout: Double = 10, maxTries: Int = 3, prefix: String = "lido", set: String? = nil) -> SourceDefinition {
        SourceDefinition(
            id: id, institution: "Test museum", protocol: .oaiPMH, endpoint: server.oaiURL, format: .lido,
            parameters: .init(metadataPrefix: prefix, set: set),
            politeness: .init(requestsPerSecond: 200, parallelConnections: 2, timeout: timeout, maxTries: maxTries))
    }

    func harvest(_ source: SourceDefinition? = nil, full: Bool = false) async -> SourceHarvestResult {
        await runner.harvest(source ?? self.source(), options: HarvestOptions(full: full))
    }

    func fault(_ mode: String, count: Int = 1, extra: [String: Any] = [:]) throws {
        var body: [String: Any] = ["mode": mode, "count": count]
        body.merge(extra) { $1 }
        try server.control("fault", body)
    }

    func storedIDs(_ source: SourceID = "fixture") async throws -> Set<String> {
        Set(try await store.rawRecordHashes(source: source).keys)
    }

    /// The six LIDO fixture records as the server identifies them.
    static let fixtureIDs: Set<String> = [
        "oai:oeuvre.test:groeningemuseum_0000.GRO0208.I_lido_origin", "oai:oeuvre.test:kmska_257-260_lido_origin",
        "oai:oeuvre.test:kmska_257_lido_enriched", "oai:oeuvre.test:kmska_257_lido_origin",
        "oai:oeuvre.test:mskgent_1829-A_lido_origin", "oai:oeuvre.test:mskgent_S-87_lido_2017",
    ]
}
