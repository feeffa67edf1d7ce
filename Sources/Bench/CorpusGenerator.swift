import Foundation
import Model

/// Generates a synthetic multi-source corpus of catalogue records with its ground truth, for benchmarking the
/// linker: composition families of objects (originals, oil sketches, workshop replicas, copies, prints, pendants),
/// each object described by its museum's record and by aggregator records in other languages and styles.
///
/// Deterministic: the same options give the same bytes. Streaming: one family is held at a time, so a corpus of a
/// million records is written with flat memory.
public struct CorpusGenerator {
    public let options: CorpusOptions
    public let lineup: [CorpusSource]

    /// Checks the options (throws ``CorpusError`` naming a bad one) and lays out the sources.
    public init(options: CorpusOptions) throws {
        try options.validate()
        self.options = options
        lineup = CorpusSource.lineup(count: options.sources)
    }

    /// Writes the corpus: one folder per source, `truth.csv`, `sources.tsv`, `institutions.csv` and `README.txt`.
    public func write() throws -> CorpusSummary {
        let started = Date()
        let folder = options.output
        try prepare(folder)
        var random = Xoshiro256(seed: options.seed)
        let ids = CorpusIdentifiers(seed: options.seed)
        var families = FamilyBuilder(roster: ArtistRoster(seed: options.seed))
        var planner = RecordPlanner(lineup: lineup, ids: ids)
        let builder = RecordFactsBuilder(ids: ids)
        let outputs = try lineup.map { try Self.output(for: $0, in: folder) }
        let truth = try TruthWriter(path: (folder as NSString).appendingPathComponent("truth.csv"))

        var written = 0
        var objects = 0
        var familyCount = 0
        while written < options.records {
            guard families.nextIndex < CorpusIdentifiers.objectLimit - 64 else {
                throw CorpusError("too many objects for the identifier space; ask for fewer records")
            }
            let family = families.build(&random)
            var plans = planner.plan(family, random: &random)
            let planned = plans.reduce(0) { $0 + $1.count }
            guard planned > 0 else { continue }
            familyCount += 1
            if written + planned > options.records {
                var budget = options.records - written
                for position in plans.indices {
                    let keep = min(budget, plans[position].count)
                    plans[position] = Array(plans[position].prefix(keep))
                    budget -= keep
                }
            }
            var representatives: [TruthWriter.Key?] = Array(repeating: nil, count: family.artworks.count)
            for (position, records) in plans.enumerated() where !records.isEmpty {
                var keys: [TruthWriter.Key] = []
                for plan in records {
                    let source = lineup[plan.source]
                    let facts = builder.build(plan, family: family, source: source, random: &random)
                    try outputs[plan.source].write(Self.render(facts, family: family, position: position, ids: ids))
                    keys.append((source.id, plan.recordID))
                    written += 1
                }
                truth.sameObject(keys)
                let museumRecord = records.firstIndex { !lineup[$0.source].kind.isAggregator }
                representatives[position] = keys[museumRecord ?? 0]
                objects += 1
            }
            for relation in family.relations {
                guard let a = representatives[relation.from], let b = representatives[relation.to] else { continue }
                truth.relation(a, b, relation.relation)
            }
        }
        for output in outputs { try output.close() }
        try truth.close()

        var perSource: [String: Int] = [:]
        for (source, output) in zip(lineup, outputs) { perSource[source.id] = output.records }
        let summary = CorpusSummary(
            recordsPerSource: perSource, objects: objects, families: familyCount, truthRows: truth.counts,
            seconds: Date().timeIntervalSince(started))
        try CorpusDocuments.write(summary: summary, options: options, lineup: lineup)
        return summary
    }

    /// Creates the folder, and removes what an earlier generation left in it (only the generator's own names).
    private func prepare(_ folder: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let own = CorpusSource.lineup(count: 8).map(\.id) + ["truth.csv", "sources.tsv", "institutions.csv", "README.txt"]
        for name in own {
            let path = (folder as NSString).appendingPathComponent(name)
            if manager.fileExists(atPath: path) { try manager.removeItem(atPath: path) }
        }
        for source in lineup {
            try manager.createDirectory(atPath: (folder as NSString).appendingPathComponent(source.id), withIntermediateDirectories: true)
        }
    }

    private static func output(for source: CorpusSource, in folder: String) throws -> ChunkedOutput {
        let directory = (folder as NSString).appendingPathComponent(source.id)
        switch source.format {
        case .lido:
            return ChunkedOutput(folder: directory, stem: source.id, fileExtension: "xml", perFile: 5000, header: LIDOWriter.header, footer: LIDOWriter.footer)
        case .edm:
            return ChunkedOutput(folder: directory, stem: source.id, fileExtension: "xml", perFile: 5000, header: EDMWriter.header, footer: EDMWriter.footer)
        case .linkedArt:
            return ChunkedOutput(folder: directory, stem: source.id, fileExtension: "jsonl", perFile: 500, header: "", footer: "")
        default:
            return ChunkedOutput(folder: directory, stem: source.id, fileExtension: "csv", perFile: 500, header: CSVWriter.header, footer: "")
        }
    }

    static func render(_ facts: RecordFacts, family: CompositionFamily, position: Int, ids: CorpusIdentifiers) -> String {
        switch facts.source.format {
        case .lido: return LIDOWriter.record(facts)
        case .edm: return EDMWriter.record(facts)
        case .linkedArt: return LinkedArtWriter.record(facts)
        default:
            var basedOn: String?
            if facts.related != nil, let derivation = family.derivation(of: position), family.artworks[derivation.to].hasWikidataItem {
                basedOn = ids.wikidataQ(family.artworks[derivation.to].index)
            }
            return CSVWriter.record(facts, basedOn: basedOn)
        }
    }
}
