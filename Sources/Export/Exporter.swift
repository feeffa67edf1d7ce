import Foundation
import Model
import Search
import Store

/// Exports works in the formats researchers' tools read, with the provenance that lets them cite it.
///
/// The one entry point the command line and an HTTP API share: build an ``ExportRequest`` (query, filters,
/// format, options), hand an ``ExportSink`` (a file, standard output, a response body) and get back the
/// ``ExportProvenance`` to write beside it or send as metadata.
///
/// ```swift
/// let exporter = Exporter(store: store, index: try SearchIndex(store: store, mappings: "Mappings"))
/// let provenance = try await exporter.export(ExportRequest(query: "creator:rubens", format: .csv), to: try FileSink(path: "rubens.csv"))
/// try provenance.writeSidecar(for: "rubens.csv")
/// ```
///
/// Streaming: works are read from one store snapshot in batches (the next batch is read while the last is
/// written), and written in chunks; memory does not grow with the size of the export, except that a query's `graphml`
/// and `links-csv` keep the ids of what they exported to write only edges and links between them.
public struct Exporter: Sendable {
    let store: OeuvreStore
    let index: SearchIndex

    public init(store: OeuvreStore, index: SearchIndex) {
        self.store = store
        self.index = index
    }

    /// Writes the export to `sink` and finishes it; returns its provenance, with counts and the SHA-256 of the
    /// bytes written. Throws ``ExportError`` (a query or filter that cannot be read, output that cannot be
    /// written) before writing anything when the request is wrong.
    public func export(_ request: ExportRequest, to sink: any ExportSink) async throws -> ExportProvenance {
        let query = try Self.query(for: request)
        let snapshot = try store.exportSnapshot()
        var provenance = try await Self.provenance(for: request, snapshot: snapshot, index: index)
        let context = ExportContext(
            request: request, provenance: provenance, uris: ExportURIs(base: request.options.baseURI),
            sources: Dictionary(provenance.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
        var output = ExportOutput(sink: sink)
        defer { output.cancel() }
        var tally = Tally()
        let options = request.options
        switch request.format {
        case .csv:
            var writer = WorksCSVWriter(excel: options.excel, language: options.language)
            try await stream(&writer, query: query, snapshot: snapshot, context: context, output: &output, tally: &tally)
        case .csvRecords:
            var writer = RecordsCSVWriter(excel: options.excel)
            try await stream(&writer, query: query, snapshot: snapshot, context: context, output: &output, tally: &tally)
        case .jsonl:
            var writer = JSONLinesWriter()
            try await stream(&writer, query: query, snapshot: snapshot, context: context, output: &output, tally: &tally)
        case .linkedArt:
            var writer = LinkedArtWriter()
            try await stream(&writer, query: query, snapshot: snapshot, context: context, output: &output, tally: &tally)
        case .iiif:
            var writer = IIIFCollectionWriter(language: options.language)
            try await stream(&writer, query: query, snapshot: snapshot, context: context, output: &output, tally: &tally)
        case .linksCSV:
            var writer = LinksCSVWriter(excel: options.excel)
            try await links(&writer, query: query, snapshot: snapshot, context: context, output: &output, tally: &tally)
        case .graphml:
            var writer = GraphMLWriter(language: options.language)
            try await graph(&writer, query: query, snapshot: snapshot, context: context, output: &output, tally: &tally)
        }
        let (digest, bytes) = try await output.finish()
        provenance.counts = ExportProvenance.Counts(
            works: tally.works, records: tally.records, links: request.format == .linksCSV ? tally.links : nil,
            relations: request.format == .graphml ? tally.relations : nil)
        provenance.sha256 = digest
        provenance.bytes = bytes
        if tally.streamedWorks {
            for index in provenance.sources.indices { provenance.sources[index].recordsExported = tally.bySource[provenance.sources[index].id] ?? 0 }
        }
        let cited = provenance.sources.filter { ($0.recordsExported ?? $0.recordsInStore) > 0 }
        provenance.citation = ExportProvenance.citation(
            tool: provenance.tool, selection: provenance.selection, format: request.format, snapshot: provenance.snapshot.id,
            exportedAt: provenance.exportedAt, sources: cited) + " SHA-256 \(digest)."
        return provenance
    }

    // MARK: - Streaming

    /// Works in batches through a writer: the next batch is read (and decoded) while the current one is written.
    private func stream<W: WorkWriter>(
        _ writer: inout W, query: SearchQuery?, snapshot: StoreSnapshot, context: ExportContext, output: inout ExportOutput, tally: inout Tally
    ) async throws {
        var head: [UInt8] = []
        writer.begin(context, into: &head)
        try await output.write(head)
        tally.streamedWorks = true
        let selection = WorkSelection(snapshot: snapshot, query: query, index: index, batchSize: max(1, context.request.options.batchSize))
        let loader = WorkLoader(snapshot: snapshot, needs: writer.needs)
        let fetch: @Sendable () async throws -> [ExportWork]? = {
            guard let handles = try await selection.next() else { return nil }
            return try await loader.load(handles)
        }
        var pending = Task { try await fetch() }
        defer { pending.cancel() }
        var bytes: [UInt8] = []
        while let works = try await pending.value {
            pending = Task { try await fetch() }
            bytes.removeAll(keepingCapacity: true)
            for work in works {
                try writer.write(work, context, into: &bytes)
                tally.add(work)
            }
            try await output.write(bytes)
        }
        var tail: [UInt8] = []
        writer.end(context, into: &tail)
        try await output.write(tail)
    }

    /// `links-csv`: every link when everything is exported; else the links between the exported works' records.
    private func links(
        _ writer: inout LinksCSVWriter, query: SearchQuery?, snapshot: StoreSnapshot, context: ExportContext, output: inout ExportOutput,
        tally: inout Tally
    ) async throws {
        let everything = query == nil
        if everything {
            var head: [UInt8] = []
            writer.begin(context, into: &head)
            try await output.write(head)
        } else {
            // The works only say which records are exported; the head is written by `stream`, the links after it.
            try await stream(&writer, query: query, snapshot: snapshot, context: context, output: &output, tally: &tally)
        }
        var after: RecordLink?
        while true {
            let batch = try await snapshot.links(after: after, limit: 5000, evidence: false)
            guard let last = batch.last else { break }
            after = last
            let kept = batch.filter { writer.keeps($0, everything: everything) }
            var bytes: [UInt8] = []
            writer.rows(kept, into: &bytes)
            tally.links += kept.count
            try await output.write(bytes)
        }
    }

    /// `graphml`: the works as nodes, then the relations between them as edges.
    private func graph(
        _ writer: inout GraphMLWriter, query: SearchQuery?, snapshot: StoreSnapshot, context: ExportContext, output: inout ExportOutput,
        tally: inout Tally
    ) async throws {
        // The nodes through `stream` without the closing elements; the edges go before them.
        writer.everything = query == nil
        var nodes = NodesOnly(writer: writer)
        try await stream(&nodes, query: query, snapshot: snapshot, context: context, output: &output, tally: &tally)
        writer = nodes.writer
        var after: WorkRelation?
        while true {
            let batch = try await snapshot.workRelations(after: after, limit: 2000)
            guard let last = batch.last else { break }
            after = last
            let kept = batch.filter(writer.keeps)
            guard !kept.isEmpty else { continue }
            let evidence = try await snapshot.strongestLinks(for: kept)
            var bytes: [UInt8] = []
            writer.edges(Array(zip(kept, evidence)), into: &bytes)
            tally.relations += kept.count
            try await output.write(bytes)
        }
        var tail: [UInt8] = []
        writer.end(context, into: &tail)
        try await output.write(tail)
    }

    // MARK: - Request

    /// The search query for a request with its filters; nil when it selects everything.
    static func query(for request: ExportRequest) throws -> SearchQuery? {
        var query: SearchQuery
        do {
            query = try SearchQuery(parsing: request.query)
        } catch {
            throw ExportError(.query, error.description, pointer: error.pointer)
        }
        for (field, values) in request.filters.fields {
            var nodes: [QueryNode] = []
            for value in values {
                let cleaned = value.replacingOccurrences(of: "\"", with: " ").trimmingCharacters(in: .whitespaces)
                let text = field == "date" || field == "has" ? "\(field):\(cleaned)" : "\(field):\"\(cleaned)\""
                do {
                    if let root = try SearchQuery(parsing: text).root { nodes.append(root) }
                } catch {
                    throw ExportError(.filter, "the \(field) filter `\(value)` cannot be read: \(error.message)")
                }
            }
            if nodes.count == 1 { query = query.adding(nodes[0]) } else if nodes.count > 1 { query = query.adding(.or(nodes)) }
        }
        return query.root == nil ? nil : query
    }

    /// The provenance as known before the first byte is written.
    static func provenance(for request: ExportRequest, snapshot: StoreSnapshot, index: SearchIndex) async throws -> ExportProvenance {
        let digest = try await snapshot.contentDigest()
        let linkRun = try await snapshot.lastLinkRun()
        let generation = try await index.statistics().generation
        let sources = try await snapshot.sources().map { source in
            ExportProvenance.Source(
                id: source.id.rawValue, institution: source.institution, protocol: source.protocolName, format: source.format, endpoint: source.endpoint,
                lastHarvest: source.lastHarvestFinished ?? source.lastHarvestStarted, lastHarvestStatus: source.lastHarvestStatus,
                lastSuccessfulHarvest: source.lastSuccessfulHarvest, recordsInStore: source.records, recordsExported: nil)
        }
        let exportedAt = request.options.exportedAt ?? Date.oeuvreNow
        let tool = "Oeuvre \(OeuvreVersion.current)"
        var provenance = ExportProvenance(
            tool: tool,
            snapshot: ExportProvenance.Snapshot(
                id: String(digest.prefix(16)), digest: digest,
                linkRun: linkRun.map { ExportProvenance.LinkRun(id: $0.id, finishedAt: $0.finishedAt, snapshot: $0.snapshot) },
                indexGeneration: generation),
            exportedAt: exportedAt, query: request.query, filters: request.filters, format: request.format,
            baseURI: URIText.base(request.options.baseURI), sources: sources, citation: "")
        provenance.citation = ExportProvenance.citation(
            tool: tool, selection: provenance.selection, format: request.format, snapshot: provenance.snapshot.id, exportedAt: exportedAt,
            sources: sources.filter { $0.recordsInStore > 0 })
        return provenance
    }
}

/// The GraphML writer without its closing elements, so edges can follow the nodes.
private struct NodesOnly: WorkWriter {
    var writer: GraphMLWriter
    var needs: WorkNeeds { writer.needs }
    mutating func begin(_ context: ExportContext, into out: inout [UInt8]) { writer.begin(context, into: &out) }
    mutating func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws { try writer.write(work, context, into: &out) }
    func end(_ context: ExportContext, into out: inout [UInt8]) {}
}
