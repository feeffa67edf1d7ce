import Foundation
import Model

/// Scores how likely two records describe the same physical object, feature by feature, in weights of evidence.
///
/// A shared registry identifier or the same institution and inventory number decide almost alone; titles in any
/// language, dates, sizes, agents and subjects add up where no identifier is shared. A different kind of object
/// (a print against a painting) or a derivative attribution against an autograph one (a copy against its
/// original) counts heavily against, so those are never merged.
struct SameObjectComparator {
    /// The result of one comparison.
    struct Outcome {
        var score: Double
        var evidence: [LinkEvidence]
        /// True when a feature rules the pair out whatever else agrees (two known institutions, two kinds).
        var cannotLink: Bool
        /// True when a shared identifier or inventory number decided.
        var identified: Bool
    }

    static let prior = -4.0

    func compare(_ a: PreparedRecord, _ b: PreparedRecord, strings: [String], explain: Bool) -> Outcome {
        var sum = EvidenceSum(prior: Self.prior, explain: explain)
        let fa = a.features, fb = b.features
        var cannotLink = false
        var identified = false

        let sharedIDs = overlap(a.identifiers, b.identifiers)
        if sharedIDs > 0 {
            identified = true
            sum.add("identifier", 14, "shared: " + Self.shared(fa.identifiers, fb.identifiers).joined(separator: ", "))
        } else {
            for scheme in ["wikidata:", "rkd:"] {
                let x = fa.identifiers.filter { $0.hasPrefix(scheme) }, y = fb.identifiers.filter { $0.hasPrefix(scheme) }
                if !x.isEmpty, !y.isEmpty {
                    sum.add("identifier", -10, "different \(scheme.dropLast()) ids: \(x.joined(separator: " ")) ≠ \(y.joined(separator: " "))")
                }
            }
        }

        var sameInstitution = false
        if let x = fa.institution, let y = fb.institution {
            if x == y {
                sameInstitution = true
                sum.add("institution", 1, "both \(x)")
            } else if fa.institutionKnown, fb.institutionKnown {
                cannotLink = true
                sum.add("institution", -9, "\(x) ≠ \(y)")
            } else {
                sum.add("institution", -1.5, "\(x) ≠ \(y) (a name not in institutions.csv)")
            }
        }

        if let x = fa.inventory, let y = fb.inventory {
            if x != y, Self.differOnlyByLetterPrefix(x, y) {
                // `KMSKA312` and `312`: a collection prefix one catalogue writes and the other leaves out.
                sum.add("inventory_number", sameInstitution ? 7 : 3, "\"\(x)\" ≈ \"\(y)\" (a letter prefix apart)")
                if sameInstitution { identified = true }
            } else if x == y {
                let weight = sameInstitution ? 9.0 : (fa.institution == nil || fb.institution == nil ? 6.0 : 3.0)
                if sameInstitution { identified = true }
                sum.add("inventory_number", weight, "\"\(x)\" = \"\(y)\"")
            } else {
                sum.add("inventory_number", sameInstitution ? -6 : -1.5, "\"\(x)\" ≠ \"\(y)\"")
            }
        }

        if let similarity = TitleSimilarity.similarity(a, b, strings: strings) {
            // Titles in two languages legitimately share nothing the concept table knows: little weight against.
            let weight = similarity >= 0.5 ? 5 * similarity - 2.5 : 2 * (similarity - 0.5)
            sum.add("title", weight, String(format: "similarity %.2f: %@ | %@", similarity, Self.describeTitle(fa), Self.describeTitle(fb)))
        }

        if !a.iconclass.isEmpty, !b.iconclass.isEmpty {
            let shared = overlap(a.iconclass, b.iconclass)
            sum.add("iconclass", shared > 0 ? 1.5 : -1, shared > 0 ? "shared \(Self.shared(fa.iconclass, fb.iconclass).joined(separator: ", "))" : "\(fa.iconclass.joined(separator: " ")) ≠ \(fb.iconclass.joined(separator: " "))")
        }

        if let x = fa.yearSpan, let y = fb.yearSpan {
            let gap = max(0, max(x.lowerBound, y.lowerBound) - min(x.upperBound, y.upperBound))
            if gap == 0 {
                sum.add("date", 1, "\(Self.span(x)) overlaps \(Self.span(y))")
            } else {
                sum.add("date", gap <= 2 ? -0.5 : -min(5, 0.6 * Double(gap)), "\(Self.span(x)) and \(Self.span(y)) are \(gap) years apart")
            }
        }

        if let d = SizeComparison.difference(fa, fb) {
            let weight: Double = d <= 0.02 ? 3 : d <= 0.05 ? 2 : d <= 0.1 ? 0.5 : d <= 0.2 ? -2 : -5
            sum.add("dimensions", weight, String(format: "%@ vs %@ (%.0f%% apart)", SizeComparison.describe(fa), SizeComparison.describe(fb), d * 100))
        }

        if fa.kind != .unknown, fb.kind != .unknown, fa.kind != fb.kind, !Self.compatibleKinds(fa.kind, fb.kind) {
            cannotLink = true
            sum.add("object_type", -8, "\(fa.kind.rawValue) ≠ \(fb.kind.rawValue)")
        }

        if let x = fa.qualifier, let y = fb.qualifier, x != y {
            if x.isDerivative != y.isDerivative {
                // Catalogues that give no qualifier read as autograph, so this counts against, but does not rule out.
                sum.add("attribution", -2.5, "\(x.rawValue) vs \(y.rawValue): a copy or follower's work is not its original")
            } else {
                sum.add("attribution", -0.5, "\(x.rawValue) vs \(y.rawValue)")
            }
        }

        if !a.agents.isEmpty, !b.agents.isEmpty {
            let shared = AgentMatch.shared(a, b, strings: strings) ? 1 : 0
            sum.add("agent", shared > 0 ? 1 : -2, shared > 0 ? "shared \(Self.shared(fa.agents, fb.agents).joined(separator: ", "))" : "\(fa.agents.joined(separator: ", ")) ≠ \(fb.agents.joined(separator: ", "))")
        }

        return Outcome(score: sum.score, evidence: sum.items, cannotLink: cannotLink && !identified, identified: identified)
    }

    /// True when one number is the other with letters in front (`KMSKA312`, `312`); the shorter must hold a digit.
    static func differOnlyByLetterPrefix(_ x: String, _ y: String) -> Bool {
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        guard short.count >= 2, short.contains(where: \.isNumber), long.hasSuffix(short) else { return false }
        return long.dropLast(short.count).allSatisfy(\.isLetter)
    }

    /// Kinds catalogues confuse for one object: a triptych wing, an oil sketch called a painting.
    static func compatibleKinds(_ a: ObjectKind, _ b: ObjectKind) -> Bool {
        Set([a, b]) == [.painting, .oilSketch]
    }

    static func shared(_ a: [String], _ b: [String]) -> [String] {
        let set = Set(b)
        return a.filter(set.contains)
    }

    static func span(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
    }

    static func describeTitle(_ f: LinkFeatures) -> String {
        let parts = f.concepts.map { "[\($0)]" } + f.words
        return parts.isEmpty ? "—" : parts.joined(separator: " ")
    }
}

/// Sizes of two records compared: the larger relative difference of height and width.
enum SizeComparison {
    static func difference(_ a: LinkFeatures, _ b: LinkFeatures) -> Double? {
        guard let h1 = a.height, let w1 = a.width, let h2 = b.height, let w2 = b.width, h1 > 0, w1 > 0, h2 > 0, w2 > 0 else { return nil }
        return max(abs(h1 - h2) / max(h1, h2), abs(w1 - w2) / max(w1, w2))
    }

    /// Area of `a` over area of `b`.
    static func areaRatio(_ a: LinkFeatures, _ b: LinkFeatures) -> Double? {
        guard let h1 = a.height, let w1 = a.width, let h2 = b.height, let w2 = b.width, h2 * w2 > 0 else { return nil }
        return (h1 * w1) / (h2 * w2)
    }

    /// How far apart the proportions (height over width) are, as |ln(ratio a / ratio b)|.
    static func aspectDifference(_ a: LinkFeatures, _ b: LinkFeatures) -> Double? {
        guard let h1 = a.height, let w1 = a.width, let h2 = b.height, let w2 = b.width, h1 > 0, w1 > 0, h2 > 0, w2 > 0 else { return nil }
        return abs(log((h1 / w1) / (h2 / w2)))
    }

    static func describe(_ f: LinkFeatures) -> String {
        guard let h = f.height, let w = f.width else { return "—" }
        return String(format: "%.1f × %.1f cm", h, w)
    }
}
