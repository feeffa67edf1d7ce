import ArgumentParser
import Bench
import Foundation
import Model

/// `oeuvre bench …`: tools for benchmarking the pipeline.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmark tools: generate a synthetic corpus with ground truth.",
        subcommands: [Corpus.self])

    /// `oeuvre bench corpus`: writes a synthetic multi-source corpus with `truth.csv`.
    struct Corpus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "corpus",
            abstract: "Write a synthetic multi-source corpus of catalogue records with its ground truth.",
            discussion: """
                Writes one folder per source (LIDO, EDM, Linked Art, CSV), truth.csv (same_object pairs and typed
                relations), sources.tsv, institutions.csv and README.txt with the harvest commands. The same seed
                gives the same bytes.
                """)

        @Option(help: "Records over all sources.") var records: Int = 10_000
        @Option(help: "Sources, 2 to 8: museum-a, europeana, rkd, wikidata, museum-b, museum-c, museum-d, museum-e.") var sources: Int = 4
        @Option(help: "Seed of the generator.") var seed: UInt64 = 1
        @Option(help: "Output folder (created; the generator's own files in it are replaced).") var out: String
        @Flag(help: "Print the summary as JSON.") var json = false

        func run() async throws {
            let generator: CorpusGenerator
            do {
                generator = try CorpusGenerator(options: CorpusOptions(records: records, sources: sources, seed: seed, output: out))
            } catch let error as CorpusError {
                throw ValidationError(error.message)
            }
            let summary = try generator.write()
            if json {
                print(String(decoding: try JSONCoding.encoder().encode(summary), as: UTF8.self))
                return
            }
            let rows = generator.lineup.map { [$0.id, $0.format.rawValue, String(summary.recordsPerSource[$0.id] ?? 0), $0.institution] }
            print(TextTable.render(header: ["SOURCE", "FORMAT", "RECORDS", "INSTITUTION"], rows: rows))
            let truth = summary.truthRows.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("\(summary.records) records of \(summary.objects) objects in \(summary.families) families, \(String(format: "%.1f", summary.seconds)) s")
            print("truth.csv: \(truth)")
            print("harvest commands: \((out as NSString).appendingPathComponent("README.txt"))")
        }
    }
}
