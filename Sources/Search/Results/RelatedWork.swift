import Model

/// A work related to a result: the relation, which side of it the result is on, and the link score.
public struct RelatedWork: Codable, Sendable, Equatable {
    /// Which side of a directed relation the result is on.
    public enum Direction: String, Codable, Sendable {
        /// The result is the derived work (the copy, study, print, version) of the related one.
        case derived
        /// The result is the original the related work derives from.
        case original
        /// The relation has no direction (pendant).
        case mutual
    }

    public var id: WorkID
    public var relation: LinkRelation
    public var direction: Direction
    public var score: Double
    /// The related work's display title, when it is indexed.
    public var title: String?

    public init(id: WorkID, relation: LinkRelation, direction: Direction, score: Double, title: String?) {
        self.id = id
        self.relation = relation
        self.direction = direction
        self.score = score
        self.title = title
    }

    /// The relation read from the result's side: `copy after`, `has copy`, `pendant of`…
    public var phrase: String {
        let name = relation.rawValue.replacingOccurrences(of: "_", with: " ")
        switch direction {
        case .derived: return name
        case .mutual: return relation == .pendant ? "pendant of" : name
        case .original:
            switch relation {
            case .copyAfter: return "has copy"
            case .versionOf: return "has version"
            case .preparatoryStudyFor: return "has preparatory study"
            case .printAfter: return "has print"
            case .sameObject, .pendant: return name
            }
        }
    }
}
