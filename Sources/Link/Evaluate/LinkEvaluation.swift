import Foundation
import Model

/// Precision, recall and F1 of the links against a gold file, per relation and overall, with the missed and the
/// wrong links listed.
///
/// same_object is measured on pairs of records within works (so a work of three records is three pairs, whichever
/// edges joined it); a typed relation is measured between gold objects — a predicted relation counts when its two
/// records belong to the two gold objects of a gold relation of that type, in that direction.
public struct LinkEvaluation: Sendable, Codable {
    public struct Figures: Sendable, Codable, Equatable {
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }

        static func + (x: Figures, y: Figures) -> Figures {
            Figures(truePositives: x.truePositives + y.truePositives, falsePositives: x.falsePositives + y.falsePositives, falseNegatives: x.falseNegatives + y.falseNegatives)
        }

        enum CodingKeys: String, CodingKey { case truePositives = "true_positives", falsePositives = "false_positives", falseNegatives = "false_negatives", precision, recall, f1 }

        public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            truePositives = try c.decode(Int.self, forKey: .truePositives)
            falsePositives = try c.decode(Int.self, forKey: .falsePositives)
            falseNegatives = try c.decode(Int.self, forKey: .falseNegatives)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(truePositives, forKey: .truePositives)
            try c.encode(falsePositives, forKey: .falsePositives)
            try c.encode(falseNegatives, forKey: .falseNegatives)
            try c.encode((precision * 10000).rounded() / 10000, forKey: .precision)
            try c.encode((recall * 10000).rounded() / 10000, forKey: .recall)
            try c.encode((f1 * 10000).rounded() / 10000, forKey: .f1)
        }
    }

    /// Figures by relation name (every relation, also those with nothing to find).
    public var relations: [String: Figures]
    /// All typed relations together.
    public var typed: Figures
    /// Everything together.
    public var overall: Figures
    public var missed: [LinkRow]
    public var wrong: [LinkRow]

    /// Evaluates the predicted works and typed links against the gold rows.
    public static func evaluate(gold: [LinkRow], works: [Work], typedLinks: [RecordLink]) -> LinkEvaluation {
        // Gold objects: the records joined by gold same_object rows.
        var parent: [RecordKey: RecordKey] = [:]
        func find(_ x: RecordKey) -> RecordKey {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        for row in gold where row.relation == .sameObject {
            let ra = find(row.a), rb = find(row.b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            if parent[ra] == nil { parent[ra] = ra }
            if parent[rb] == nil { parent[rb] = rb }
        }
        var goldMembers: [RecordKey: [RecordKey]] = [:]
        for key in parent.keys { goldMembers[find(key), default: []].append(key) }
        var goldPairs: Set<LinkRow> = []
        for members in goldMembers.values {
            let sorted = members.sorted()
            for i in 0..<sorted.count { for j in (i + 1)..<sorted.count { goldPairs.insert(LinkRow(a: sorted[i], b: sorted[j], relation: .sameObject)) } }
        }
        var predictedPairs: Set<LinkRow> = []
        for work in works where work.members.count > 1 {
            let m = work.members
            for i in 0..<m.count { for j in (i + 1)..<m.count { predictedPairs.insert(LinkRow(a: m[i], b: m[j], relation: .sameObject)) } }
        }
        var relations: [String: Figures] = [:]
        var missed = goldPairs.subtracting(predictedPairs).sorted()
        var wrong = predictedPairs.subtracting(goldPairs).sorted()
        relations[LinkRelation.sameObject.rawValue] = Figures(
            truePositives: goldPairs.intersection(predictedPairs).count, falsePositives: wrong.count, falseNegatives: missed.count)

        // Typed relations between gold objects.
        func object(_ key: RecordKey) -> RecordKey { parent[key] == nil ? key : find(key) }
        func lifted(_ a: RecordKey, _ b: RecordKey, _ relation: LinkRelation) -> LinkRow {
            LinkRow(a: object(a), b: object(b), relation: relation)
        }
        var goldTyped: [LinkRow: LinkRow] = [:]
        for row in gold where row.relation != .sameObject { goldTyped[lifted(row.a, row.b, row.relation)] = row }
        var predictedTyped: [LinkRow: LinkRow] = [:]
        for link in typedLinks where link.relation != .sameObject {
            predictedTyped[lifted(link.a, link.b, link.relation)] = LinkRow(a: link.a, b: link.b, relation: link.relation, score: link.score)
        }
        var typed = Figures(truePositives: 0, falsePositives: 0, falseNegatives: 0)
        for relation in LinkRelation.allCases where relation != .sameObject {
            let g = Set(goldTyped.keys.filter { $0.relation == relation })
            let p = Set(predictedTyped.keys.filter { $0.relation == relation })
            let figures = Figures(truePositives: g.intersection(p).count, falsePositives: p.subtracting(g).count, falseNegatives: g.subtracting(p).count)
            relations[relation.rawValue] = figures
            typed = typed + figures
            missed += g.subtracting(p).compactMap { goldTyped[$0] }.sorted()
            wrong += p.subtracting(g).compactMap { predictedTyped[$0] }.sorted()
        }
        return LinkEvaluation(relations: relations, typed: typed, overall: relations[LinkRelation.sameObject.rawValue]! + typed, missed: missed, wrong: wrong)
    }
}
