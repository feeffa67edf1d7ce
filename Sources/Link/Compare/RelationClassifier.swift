import Foundation
import Model

/// Decides whether two distinct objects stand in a typed relation (version, copy, study, print, pendant), which
/// of them is the derived one, and how sure that is.
///
/// A record's own statement counts most. Otherwise the two must share a composition (iconographic concepts and
/// words of the titles, Iconclass, the agent or the agent a work is "after"), and their kinds and attributions say
/// which relation: a print against a painting is a print after it; an oil sketch or drawing, smaller and earlier,
/// a study for it; a copy or follower's work a copy after it; a workshop replica a version of it. Pendants are
/// two portraits of one size, date and collection with neighbouring inventory numbers.
struct RelationClassifier {
    struct Outcome {
        var relation: LinkRelation
        /// True when the first record is the derived one (the copy, study, print, version).
        var firstIsDerived: Bool
        var score: Double
        /// The score before the logistic: comparable between candidates where scores saturate near 1.
        var logOdds: Double
        /// True when a record's own statement named the relation.
        var stated: Bool
        var evidence: [LinkEvidence]
    }

    static let prior = -3.0
    /// Years after which a work "by" the same master is taken for a later copy.
    static let generation = 60

    /// `statedByA` is a statement of the first record that resolves to the second, and the reverse.
    func classify(
        _ a: PreparedRecord, _ b: PreparedRecord, statedByA: RelationStatement?, statedByB: RelationStatement?,
        strings: [String], explain: Bool
    ) -> Outcome? {
        if let pendant = pendant(a, b, explain: explain, stated: [statedByA, statedByB].contains { $0?.relation == .pendant }), pendant.score >= 0.5 {
            return pendant
        }
        let fa = a.features, fb = b.features
        var sum = EvidenceSum(prior: Self.prior, explain: explain)

        // Which is derived, and as what.
        let stated = statedByA ?? statedByB
        guard var role = role(fa, fb) ?? stated?.relation.map({ ($0, statedByA != nil) }) else { return nil }
        if let statement = stated {
            let derivedIsA = statedByA != nil
            if let stated = statement.relation, stated != .pendant {
                role = (stated, derivedIsA)
            } else {
                role.firstIsDerived = derivedIsA
            }
            sum.add("statement", 7, "\(derivedIsA ? fa.key : fb.key) says \"\(statement.phrase)\"")
        }
        let (derived, original) = role.firstIsDerived ? (fa, fb) : (fb, fa)

        if let similarity = TitleSimilarity.similarity(a, b, strings: strings) {
            let weight = similarity >= 0.5 ? 7 * similarity - 4 : -0.5 + 5 * (similarity - 0.5)
            sum.add("title", weight, String(format: "similarity %.2f: %@ | %@", similarity, SameObjectComparator.describeTitle(fa), SameObjectComparator.describeTitle(fb)))
        }
        if !a.iconclass.isEmpty, !b.iconclass.isEmpty {
            let shared = overlap(a.iconclass, b.iconclass)
            sum.add("iconclass", shared > 0 ? 2 : -1.5, shared > 0 ? "shared \(SameObjectComparator.shared(fa.iconclass, fb.iconclass).joined(separator: ", "))" : "different codes")
        }
        let agentLinked = AgentMatch.shared(a, b, strings: strings)
        if !a.agents.isEmpty, !b.agents.isEmpty {
            sum.add("agent", agentLinked ? 1.5 : -3, agentLinked ? "shared \(SameObjectComparator.shared(fa.agents, fb.agents).joined(separator: ", "))" : "no agent in common")
        }

        // The original is the master's own work: a copy, a workshop piece or a study is not what others derive from.
        if original.qualifier?.isDerivative == true || original.qualifier == .workshopOf || original.qualifier == .studioOf || original.kind.isStudy {
            sum.add("original", -4, "\(original.key) is itself \(original.kind.isStudy ? "a study" : "derivative (\(original.qualifier?.rawValue ?? "?"))")")
        }

        switch role.relation {
        case .printAfter:
            sum.add("object_type", 2, "a print (\(derived.key)) and a \(original.kind.rawValue)")
        case .preparatoryStudyFor:
            sum.add("object_type", 1.5, "a \(derived.kind.rawValue) (\(derived.key)) and a \(original.kind.rawValue)")
            if let ratio = SizeComparison.areaRatio(derived, original) {
                sum.add("dimensions", ratio < 0.5 ? 1.5 : ratio > 0.9 ? -2 : 0, String(format: "the study is %.0f%% of the painting's area", ratio * 100))
            }
        case .copyAfter:
            sum.add("attribution", 2, "\(derived.qualifier?.rawValue ?? "?") (\(derived.key)) against \(original.qualifier?.rawValue ?? "?")")
            if let d = SizeComparison.difference(fa, fb) {
                sum.add("dimensions", max(-1.5, 1.5 - 6 * d), String(format: "sizes %.0f%% apart", d * 100))
            }
        case .versionOf:
            let firm = derived.qualifier == .workshopOf || derived.qualifier == .studioOf
            sum.add("attribution", firm ? 1.5 : -0.5, "\(derived.qualifier?.rawValue ?? "?") (\(derived.key)) against \(original.qualifier?.rawValue ?? "?")")
            if let d = SizeComparison.difference(fa, fb) {
                sum.add("dimensions", d <= 0.12 ? 1 : -2, String(format: "sizes %.0f%% apart", d * 100))
            }
        default:
            break
        }

        if let x = derived.yearSpan, let y = original.yearSpan {
            let lead = y.lowerBound - x.upperBound  // > 0: the derived work is dated before the original
            let lag = x.lowerBound - y.upperBound   // > 0: the derived work is dated after the original
            let dates = "\(SameObjectComparator.span(x)) against \(SameObjectComparator.span(y))"
            switch role.relation {
            case .preparatoryStudyFor:
                sum.add("date", lead >= -1 && lead <= 5 ? 1.5 : -2, "study " + dates)
            case .printAfter:
                sum.add("date", lag >= -1 && lag <= 25 ? 1 : lag < -1 ? -2 : -0.5, "print " + dates)
            case .versionOf:
                sum.add("date", lag >= -1 && lag <= 5 ? 1 : -1.5, "version " + dates)
            default:
                sum.add("date", lead > 2 ? -2 : 0.5, dates)
            }
        }
        // A study and a print keep the composition's proportions; a copy roughly.
        if let ratio = SizeComparison.aspectDifference(derived, original), role.relation != .pendant {
            let exact = role.relation == .printAfter || role.relation == .preparatoryStudyFor || role.relation == .versionOf
            // Continuous, so that among several candidate originals of one subject the best-proportioned wins.
            let weight = exact ? max(-2, 2.5 - 40 * ratio) : max(-1.5, 1 - 6 * ratio)
            sum.add("aspect_ratio", weight, String(format: "proportions %.0f%% apart", ratio * 100))
        }
        return Outcome(relation: role.relation, firstIsDerived: role.firstIsDerived, score: sum.score, logOdds: sum.total, stated: stated != nil, evidence: sum.items)
    }

    /// The relation the kinds and attributions suggest, nil when they suggest none (two copies, two prints).
    func role(_ a: LinkFeatures, _ b: LinkFeatures) -> (relation: LinkRelation, firstIsDerived: Bool)? {
        let printA = a.kind == .print, printB = b.kind == .print
        if printA != printB { return (.printAfter, printA) }
        if printA { return nil }
        if a.kind.isStudy != b.kind.isStudy, a.kind == .painting || b.kind == .painting {
            return (.preparatoryStudyFor, a.kind.isStudy)
        }
        let derivativeA = a.qualifier?.isDerivative ?? false, derivativeB = b.qualifier?.isDerivative ?? false
        if derivativeA != derivativeB { return (.copyAfter, derivativeA) }
        if derivativeA { return nil }
        let workshopA = a.qualifier == .workshopOf || a.qualifier == .studioOf
        let workshopB = b.qualifier == .workshopOf || b.qualifier == .studioOf
        if workshopA != workshopB { return (.versionOf, workshopA) }
        // A work dated a generation after another of the same composition, both given to the master, is a copy
        // whose catalogues left the qualifier out.
        if let x = a.yearSpan, let y = b.yearSpan {
            if x.lowerBound - y.upperBound >= Self.generation { return (.copyAfter, true) }
            if y.lowerBound - x.upperBound >= Self.generation { return (.copyAfter, false) }
        }
        // Two works by the master's own hand (or two workshop pieces) are related only where a record says so.
        return nil
    }

    /// Two portraits made as a pair: one size, one date, one collection, neighbouring inventory numbers.
    func pendant(_ a: PreparedRecord, _ b: PreparedRecord, explain: Bool, stated: Bool) -> Outcome? {
        guard a.isPortrait, b.isPortrait || stated else { return nil }
        let fa = a.features, fb = b.features
        var sum = EvidenceSum(prior: -6, explain: explain)
        if stated { sum.add("statement", 7, "a record names the other its pendant") }
        if let x = fa.institution, x == fb.institution { sum.add("institution", 1.5, "both \(x)") } else { sum.add("institution", -3, "different or unknown collections") }
        if let d = SizeComparison.difference(fa, fb) {
            sum.add("dimensions", d <= 0.03 ? 2.5 : d <= 0.08 ? 1 : -3, String(format: "sizes %.0f%% apart", d * 100))
        }
        if let x = fa.yearSpan, let y = fb.yearSpan {
            sum.add("date", x.overlaps(y) ? 1 : -2, "\(SameObjectComparator.span(x)) and \(SameObjectComparator.span(y))")
        }
        let neighbours = a.inventoryNumber.flatMap { x in b.inventoryNumber.map { abs(x - $0) == 1 } } ?? false
        guard neighbours || stated else { return nil }
        if let x = a.inventoryNumber, let y = b.inventoryNumber {
            sum.add("inventory_number", neighbours ? 3 : -1, "\(x) and \(y)")
        }
        if overlap(a.agents, b.agents) > 0 { sum.add("agent", 1, "same agent") }
        let derivedFirst = (a.inventoryNumber ?? 0) > (b.inventoryNumber ?? 0)
        return Outcome(relation: .pendant, firstIsDerived: derivedFirst, score: sum.score, logOdds: sum.total, stated: stated, evidence: sum.items)
    }
}
