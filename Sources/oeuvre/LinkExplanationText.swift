import Foundation
import Link
import Model

/// The terminal form of a pair explanation: each feature, its value and its contribution.
enum LinkExplanationText {
    static func render(_ e: PairExplanation) -> String {
        var text = "\(e.a)  ↔  \(e.b)\n"
        text += "Works: \(e.workA?.rawValue ?? "none") and \(e.workB?.rawValue ?? "none")\(e.workA != nil && e.workA == e.workB ? " (the same work)" : "")\n"
        if e.storedLinks.isEmpty {
            text += "Stored links: none\n"
        } else {
            for link in e.storedLinks {
                text += "Stored link: \(link.relation.rawValue) \(link.a) → \(link.b), score \(String(format: "%.3f", link.score)) (\(link.decision.rawValue))\n"
            }
        }
        text += "\nSame object: score \(String(format: "%.3f", e.sameObjectScore))\(e.ruledOut ? " — ruled out" : "")\n"
        text += table(e.sameObjectEvidence)
        if let relation = e.relation, let score = e.relationScore, let derived = e.relationDerived {
            text += "\n\nTyped relation: \(relation.rawValue), \(derived) is the derived work, score \(String(format: "%.3f", score))\n"
            text += table(e.relationEvidence)
        } else {
            text += "\n\nTyped relation: none suggested by the kinds and attributions (two copies, two prints, or a pendant that does not fit)."
        }
        return text
    }

    static func table(_ evidence: [LinkEvidence]) -> String {
        TextTable.render(header: ["FEATURE", "CONTRIBUTION", "VALUE"], rows: evidence.map { [$0.feature, String(format: "%+.2f", $0.contribution), $0.value] })
    }
}
