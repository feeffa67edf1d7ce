import Foundation
import Harvest
import Logging
import Model
import Store

/// What normalizing one source did.
public struct SourceNormalizeResult: Sendable, Codable {
    public var source: SourceID
    public var normalized = 0
    /// Records whose raw record and mapping did not change since the last run.
    public var unchanged = 0
    public var warnings = 0
    public var quarantined = 0
    public var removed = 0
    public var seconds = 0.0
    public var error: String?

    public init(source: SourceID) { self.source = source }
}

/// Turns cached raw records into catalogue records in the store: only records whose raw hash or mapping changed,
/// in batches, sources side by side.
public struct NormalizeRunner: Sendable {
    let store: OeuvreStore
    let mappingsDirectory: String
    let logger: Logger
    public var batchSize = 1000
    /// Records normalized at once (one per core by default).
    public var jobs = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    /// The linker's features, computed for each record as it is normalized (nil: the link run computes them).
    public var linkFeatures: RecordFeatureHook?

    public init(store: OeuvreStore, mappingsDirectory: String, logger: Logger) {
        self.store = store
        self.mappingsDirectory = mappingsDirectory
        self.logger = logger
    }

    /// The authority table shipped under the mappings folder (empty when absent).
    public static func authorities(mappingsDirectory: String) throws -> AuthorityTable {
        let path = (mappingsDirectory as NSString).appendingPathComponent("vocab/authorities.csv")
        guard FileManager.default.fileExists(atPath: path) else { return AuthorityTable(entries: []) }
        return try AuthorityTable(contentsOf: URL(fileURLWithPath: path))
    }

    public func normalize(_ sources: [SourceDefinition]) async -> [SourceNormalizeResult] {
        await withTaskGroup(of: SourceNormalizeResult.self) { group in
            for source in sources { group.addTask { await normalize(source) } }
            var results: [SourceNormalizeResult] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.source < $1.source }
        }
    }

    public func normalize(_ source: SourceDefinition) async -> SourceNormalizeResult {
        var result = SourceNormalizeResult(source: source.id)
        let started = Date()
        do {
            let mapping = try MappingLoader.load(for: source, mappingsDirectory: mappingsDirectory)
            let normalizer = RecordNormalizer(mapping: mapping, authorities: try Self.authorities(mappingsDirectory: mappingsDirectory))
            try await run(normalizer, source: source.id, result: &result)
        } catch {
            result.error = "\(error)"
            logger.error("normalize failed", metadata: ["source.id": "\(source.id)", "error": "\(error)"])
        }
        result.seconds = Date().timeIntervalSince(started)
        return result
    }

    func run(_ normalizer: RecordNormalizer, source: SourceID, result: inout SourceNormalizeResult) async throws {
        let mappingHash = normalizer.mapping.fingerprint
        let total = try await store.status().first { $0.source == source }?.rawRecords ?? 0
        var after = ""
        var processed = 0
        let runStarted = Date()
        while true {
            let batch = try await store.rawRecordsToNormalize(source: source, mappingHash: mappingHash, after: after, limit: batchSize)
            guard let last = batch.last else { break }
            after = last.record.key.recordID
            let results = await Self.normalizeInParallel(batch, normalizer: normalizer, workers: jobs, mappingHash: mappingHash, linkFeatures: linkFeatures)
            for item in results {
                switch item.outcome {
                case .record(let record): result.warnings += record.warnings.count
                case .quarantined: result.quarantined += 1
                }
            }
            result.normalized += results.count - results.filter { if case .quarantined = $0.outcome { true } else { false } }.count
            processed += results.count
            try await store.saveNormalized(results, mappingHash: mappingHash)
            logger.debug("normalized a batch", metadata: [
                "source.id": "\(source)", "records": "\(processed)", "of": "\(total)", "seconds": "\(String(format: "%.2f", Date().timeIntervalSince(runStarted)))",
            ])
        }
        result.removed = try await store.dropNormalizedOfDeleted(source: source)
        result.unchanged = max(0, total - processed)
    }

    /// Normalizes a batch on every core.
    static func normalizeInParallel(
        _ batch: [StoredRawRecord], normalizer: RecordNormalizer, workers: Int, mappingHash: String = "", linkFeatures: RecordFeatureHook? = nil
    ) async -> [NormalizedResult] {
        let chunk = (batch.count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [NormalizedResult]).self) { group in
            for worker in 0..<workers {
                let slice = Array(batch.dropFirst(worker * chunk).prefix(chunk))
                guard !slice.isEmpty else { continue }
                group.addTask {
                    let workspace = NormalizerWorkspace()
                    return (worker, slice.map { stored in
                        let raw = stored.record
                        switch normalizer.normalize(raw, harvestedAt: stored.fetchedAt, workspace: workspace) {
                        case .record(let record):
                            let features = linkFeatures.map { hook in
                                (fingerprint: raw.contentHash + mappingHash + "|" + hook.version, data: hook.derive(record))
                            }
                            return NormalizedResult(key: raw.key, rawHash: raw.contentHash, outcome: .record(record), linkFeatures: features)
                        case .quarantined(let diagnostic):
                            return NormalizedResult(key: raw.key, rawHash: raw.contentHash, outcome: .quarantined(field: diagnostic.field, reason: diagnostic.message, value: diagnostic.value))
                        }
                    })
                }
            }
            var parts: [(Int, [NormalizedResult])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
