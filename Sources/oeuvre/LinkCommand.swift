import ArgumentParser
import Foundation
import Link
import Logging
import Model
import Search
import Store

struct LinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link records of the same object into works and find typed relations between works.",
        discussion: """
            `oeuvre link` runs incrementally after `oeuvre normalize`. `oeuvre link --explain A B` shows why two records \
            are or are not linked. Curators confirm or reject links with `oeuvre link confirm|reject A B`; decisions are \
            kept in Mappings/link/decisions.yaml and applied on every run. Records are written SOURCE:RECORD-ID.
            """,
        subcommands: [LinkRunCommand.self, LinkDecisionCommand.Confirm.self, LinkDecisionCommand.Reject.self],
        defaultSubcommand: LinkRunCommand.self)
}

struct LinkRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Link the normalized records (the default).")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Explain the pair: the evidence for and against linking two records.", valueName: "RECORD"))
    var explain: [String] = []
    @Flag(help: "Print JSON instead of a table.") var json = false
    @Flag(help: "Recompute every record's features and compare every candidate pair, not only what changed.") var full = false
    @Flag(help: "Leave the search index as it is (update it later with `oeuvre index`).") var skipIndex = false

    func validate() throws {
        if !explain.isEmpty, explain.count != 2 {
            throw ValidationError("--explain takes two records: --explain SOURCE:RECORD-ID SOURCE:RECORD-ID")
        }
    }

    func run() async throws {
        LogSetup.bootstrapOnce()
        let store = try global.openStore()
        let tables = try LinkTables.load(mappings: global.mappings)
        if explain.count == 2 {
            let a = try RecordArgument.key(explain[0]), b = try RecordArgument.key(explain[1])
            let explanation = try await PairExplanation.explain(a, b, store: store, tables: tables)
            if json {
                print(String(decoding: try JSONCoding.encoder().encode(explanation), as: UTF8.self))
            } else {
                print(LinkExplanationText.render(explanation))
            }
            return
        }
        let report = try await LinkRunner(store: store, tables: tables, decisions: DecisionFile(mappings: global.mappings)).run(full: full)
        // Keep the search index current: works and relations are searchable as soon as they are linked.
        let update = skipIndex ? nil : try await SearchIndex(store: store, mappings: global.mappings, logger: Logger(label: "oeuvre.index")).update()
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(report), as: UTF8.self))
            return
        }
        if report.upToDate {
            print("Nothing changed since the last link run: \(report.records) records in \(report.works) works. Snapshot: \(report.snapshot)")
            if let update { print(IndexCommand.summary(update)) }
            return
        }
        let typed = LinkRelation.allCases.dropFirst().map { "\($0.rawValue) \(report.typedLinks[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        print("""
            Linked \(report.records) records (\(report.changedRecords) new or changed, \(report.removedRecords) gone) in \(String(format: "%.1f", report.seconds)) s.
            Compared \(report.comparedPairs) candidate pairs\(report.skippedBlocks > 0 ? " (\(report.skippedBlocks) oversized blocks skipped)" : "").
            Works: \(report.works), of which \(report.linkedWorks) described by more than one record.
            Same-object links: \(report.sameObjectLinks). Typed relations: \(typed).
            Work changes: \(["created", "merged", "split", "removed"].map { "\($0) \(report.events[$0] ?? 0)" }.joined(separator: ", ")).
            Snapshot: \(report.snapshot)
            """)
        if let update { print(IndexCommand.summary(update)) }
    }
}

/// Parses `SOURCE:RECORD-ID` arguments.
enum RecordArgument {
    static func key(_ text: String) throws -> RecordKey {
        guard let key = RecordKey(parsing: text) else {
            throw ValidationError("'\(text)' is not a record: write SOURCE:RECORD-ID (split at the first colon), e.g. kmska:257")
        }
        return key
    }
}

enum LinkDecisionCommand {
    struct Options: ParsableArguments {
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The first record (for directed relations the copy, study, print or version).") var a: String
        @Argument(help: "The second record (for directed relations the original).") var b: String
        @Option(help: "The relation: \(LinkRelation.names).") var relation: String = "same_object"
        @Option(help: "Why: shown to the next curator.") var note: String?

        func record(_ verdict: CuratorDecision.Verdict) async throws {
            let a = try RecordArgument.key(self.a), b = try RecordArgument.key(self.b)
            guard let relation = LinkRelation(name: relation) else {
                throw ValidationError("unknown relation '\(self.relation)'; use one of \(LinkRelation.names)")
            }
            let store = try global.openStore()
            let existing = try await store.normalizedRecords([a, b]).map(\.key)
            for key in [a, b] where !existing.contains(key) {
                throw ValidationError("\(key): no normalized record with this key; check the id with `oeuvre search id:...` or `oeuvre status`")
            }
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd"
            formatter.timeZone = TimeZone(identifier: "UTC")
            let file = DecisionFile(mappings: global.mappings)
            try file.record(CuratorDecision(verdict: verdict, a: a, b: b, relation: relation, note: note, date: formatter.string(from: Date())))
            print("\(verdict == .confirm ? "Confirmed" : "Rejected") \(relation.rawValue) \(a) – \(b) in \(file.path); it applies from the next `oeuvre link`.")
        }
    }

    struct Confirm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "confirm", abstract: "Confirm a link between two records (kept across runs).")
        @OptionGroup var options: Options
        func run() async throws { try await options.record(.confirm) }
    }

    struct Reject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a link between two records (kept across runs).")
        @OptionGroup var options: Options
        func run() async throws { try await options.record(.reject) }
    }
}
