import ArgumentParser
import Foundation
import Link
import Model
import Store

struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure the links against a gold file: precision, recall and F1 per relation, and what was missed or wrong.",
        discussion: "The gold file has the links-csv columns source_a,record_a,source_b,record_b,relation,score (score ignored).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The gold links file (CSV).") var gold: String
    @Flag(help: "Print JSON (with every missed and wrong link).") var json = false
    @Option(help: "How many missed and wrong links to list.") var list: Int = 20

    func run() async throws {
        let rows = try LinksFile.read(path: gold)
        let store = try global.openStore()
        guard try await store.lastLinkRun() != nil else {
            throw ValidationError("nothing is linked yet: run `oeuvre link` first")
        }
        var works: [Work] = []
        try await store.forEachWork { works += $0 }
        let typed = try await store.links().filter { $0.relation != .sameObject }
        let evaluation = LinkEvaluation.evaluate(gold: rows, works: works, typedLinks: typed)
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(evaluation), as: UTF8.self))
            return
        }
        func row(_ name: String, _ f: LinkEvaluation.Figures) -> [String] {
            [name, String(format: "%.4f", f.precision), String(format: "%.4f", f.recall), String(format: "%.4f", f.f1), String(f.truePositives), String(f.falsePositives), String(f.falseNegatives)]
        }
        var rowsOut = LinkRelation.allCases.map { row($0.rawValue, evaluation.relations[$0.rawValue]!) }
        rowsOut.append(row("typed (all)", evaluation.typed))
        rowsOut.append(row("overall", evaluation.overall))
        print(TextTable.render(header: ["RELATION", "PRECISION", "RECALL", "F1", "TP", "FP", "FN"], rows: rowsOut))
        for (title, links) in [("Missed", evaluation.missed), ("Wrong", evaluation.wrong)] where !links.isEmpty {
            print("\n\(title) (\(links.count)\(links.count > list ? ", first \(list)" : "")):")
            for link in links.prefix(list) { print("  \(link.relation.rawValue)  \(link.a)  \(link.b)") }
        }
    }
}
