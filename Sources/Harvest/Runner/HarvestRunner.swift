import Foundation
import Logging
import Model
import Store

/// Runs harvests: page by page into the store, each page committed with its checkpoint, many sources at once.
public struct HarvestRunner: Sendable {
    let store: OeuvreStore
    /// The data folder: pages go to `<data>/<source>/harvest/<run>/`.
    let dataDirectory: String
    let client: HTTPClient
    let logger: Logger
    let environment: [String: String]

    public init(store: OeuvreStore, dataDirectory: String, client: HTTPClient = HTTPClient(), logger: Logger, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.store = store
        self.dataDirectory = dataDirectory
        self.client = client
        self.logger = logger
        self.environment = environment
    }

    /// Harvests several sources, `parallelSources` at a time; never throws: each result says how its source went.
    public func harvest(_ sources: [SourceDefinition], options: HarvestOptions) async -> [SourceHarvestResult] {
        await withTaskGroup(of: SourceHarvestResult.self) { group in
            var results: [SourceHarvestResult] = []
            var pending = sources[...]
            for _ in 0..<max(1, options.parallelSources) {
                guard let source = pending.popFirst() else { break }
                group.addTask { await harvest(source, options: options) }
            }
            for await result in group {
                results.append(result)
                if let source = pending.popFirst() { group.addTask { await harvest(source, options: options) } }
            }
            return results.sorted { $0.source < $1.source }
        }
    }

    /// Harvests one source.
    public func harvest(_ source: SourceDefinition, options: HarvestOptions) async -> SourceHarvestResult {
        let started = Date()
        var result = SourceHarvestResult(source: source.id, succeeded: false, run: nil, counts: HarvestCounts(), seconds: 0, error: nil)
        do {
            try await run(source, options: options, result: &result)
            result.succeeded = true
        } catch {
            result.error = "\(error)"
            logger.error("harvest failed", metadata: ["source.id": "\(source.id)", "error": "\(error)"])
            if let run = result.run {
                _ = try? await store.finishRun(run, status: .failed, message: "\(error)")
            }
        }
        result.seconds = Date().timeIntervalSince(started)
        return result
    }

    private func run(_ source: SourceDefinition, options: HarvestOptions, result: inout SourceHarvestResult) async throws {
        guard SourceCatalog.isSafeID(source.id.rawValue) else {
            throw HarvestError(code: .configuration, source: source.id, message: "the source id is not safe as a folder name; use lower-case letters, digits, '.', '_' or '-'")
        }
        let sourceDirectory = (dataDirectory as NSString).appendingPathComponent(source.id.rawValue)
        try FileManager.default.createDirectory(atPath: sourceDirectory, withIntermediateDirectories: true)
        guard let lock = SourceLock(path: (sourceDirectory as NSString).appendingPathComponent("harvest.lock")) else {
            throw HarvestError(code: .configuration, source: source.id, message: "another harvest of this source is running; wait for it to end")
        }
        defer { withExtendedLifetime(lock) {} }

        var apiKey: String?
        if let variable = source.apiKeyEnv {
            guard let value = environment[variable], !value.isEmpty else {
                throw HarvestError(code: .configuration, source: source.id, message: "the source needs an API key in the environment variable \(variable); set it (export \(variable)=...) and run again")
            }
            apiKey = value
        }
        try await store.register(SourceRegistration(id: source.id, institution: source.institution, protocolName: source.protocol.rawValue, format: source.format.rawValue, endpoint: source.endpoint))

        var from = options.from
        if from == nil, !options.full, let last = try await store.lastSuccessfulRun(source: source.id) {
            from = last.upperBound ?? ISO8601DateFormatter().string(from: last.startedAt)
        }
        let run = try await store.beginRun(source: source.id, full: options.full, from: from, until: nil)
        result.run = run.id
        if run.checkpoint != nil {
            logger.info("resuming an unfinished run from its checkpoint", metadata: ["source.id": "\(source.id)", "run": "\(run.id)", "pages.done": "\(run.counts.pages)"])
        }
        let pageDirectory = (sourceDirectory as NSString).appendingPathComponent("harvest/\(run.id)")
        try FileManager.default.createDirectory(atPath: pageDirectory, withIntermediateDirectories: true)

        var clientConfiguration = client.configuration
        clientConfiguration.totalTimeout = source.politeness.timeout
        clientConfiguration.maxConnectionsPerHost = source.politeness.parallelConnections
        let sourceClient = clientConfiguration.totalTimeout == client.configuration.totalTimeout && clientConfiguration.maxConnectionsPerHost == client.configuration.maxConnectionsPerHost
            ? client : HTTPClient(configuration: clientConfiguration)
        let fetcher = PoliteFetcher(source: source.id, client: sourceClient, politeness: source.politeness, logger: logger)
        let context = HarvestContext(
            source: source, fetcher: fetcher, from: run.from, until: run.until, full: run.full, pageDirectory: pageDirectory,
            logger: logger, apiKey: apiKey, store: store, progress: options.progress)
        let transport = TransportRegistry.transport(for: source.protocol)

        var checkpoint = run.checkpoint
        var seen = run.counts.added + run.counts.changed + run.counts.unchanged + run.counts.deleted
        var pages = run.counts.pages
        // Page N is committed (hashed and written) while page N+1 is fetched and parsed; commits stay in order.
        var pendingCommit: Task<HarvestCounts, any Error>?
        var upperBoundKnown = run.upperBound != nil
        while let page = try await transport.nextPage(after: checkpoint, context: context) {
            if let pending = pendingCommit { result.counts = result.counts + (try await pending.value) }
            let storePage = HarvestPage(records: page.records, quarantined: page.quarantined, checkpoint: page.checkpoint, bytes: page.bytes)
            let store = self.store
            pendingCommit = Task {
                var hashedPage = storePage
                hashedPage.records = storePage.records.map(ContentHash.hashed)
                return try await store.commit(hashedPage, to: run.id)
            }
            if let present = page.presentIdentifiers {
                if let pending = pendingCommit { result.counts = result.counts + (try await pending.value) }
                pendingCommit = nil
                let withdrawn = try await store.withdrawMissing(source: source.id, present: present, run: run.id)
                result.counts.deleted += withdrawn
            }
            // The server's clock at the start of the run, once: a write per page would wait behind the page's commit.
            if !upperBoundKnown, let serverTime = page.serverTime {
                try await store.setUpperBound(run.id, to: serverTime)
                upperBoundKnown = true
            }
            checkpoint = page.checkpoint
            pages += 1
            seen += page.records.count
            options.progress(HarvestProgress(source: source.id, pages: pages, records: seen, total: page.total))
        }
        if let pending = pendingCommit { result.counts = result.counts + (try await pending.value) }
        _ = try await store.finishRun(run.id, status: .succeeded)
        try? FileManager.default.removeItem(atPath: pageDirectory)
    }
}
