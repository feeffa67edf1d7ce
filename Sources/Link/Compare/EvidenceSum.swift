import Foundation
import Model

/// Adds up evidence in log-odds (weights of evidence) and turns the sum into a score in 0…1.
///
/// Evidence text is only built when asked for (`explain`), so the comparisons of a link run stay cheap.
struct EvidenceSum {
    let explain: Bool
    private(set) var total: Double
    private(set) var items: [LinkEvidence] = []

    init(prior: Double, explain: Bool) {
        self.explain = explain
        total = prior
        if explain { items.append(LinkEvidence(feature: "prior", value: "before any evidence", contribution: prior)) }
    }

    mutating func add(_ feature: String, _ contribution: Double, _ value: @autoclosure () -> String) {
        guard contribution != 0 else { return }
        total += contribution
        if explain { items.append(LinkEvidence(feature: feature, value: value(), contribution: (contribution * 100).rounded() / 100)) }
    }

    /// The logistic of the sum, rounded to three decimals.
    var score: Double {
        (1 / (1 + exp(-total)) * 1000).rounded() / 1000
    }
}
