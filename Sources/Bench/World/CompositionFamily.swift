/// An original picture and the objects made from it or with it: an oil sketch, a workshop replica, copies, prints
/// and a pendant. The original is first.
public struct CompositionFamily: Sendable {
    /// A typed relation between two members, by their positions in ``artworks``.
    public struct Relation: Sendable {
        public let from: Int
        public let to: Int
        public let relation: ArtworkRelation
    }

    public let artworks: [Artwork]
    public let relations: [Relation]

    /// The relation that makes member `position` derived from another member (copy, print, study, replica), if any.
    public func derivation(of position: Int) -> Relation? {
        relations.first { $0.from == position && $0.relation != .pendant }
    }

    /// The pendant partner of member `position`, if any.
    public func pendant(of position: Int) -> Int? {
        for relation in relations where relation.relation == .pendant {
            if relation.from == position { return relation.to }
            if relation.to == position { return relation.from }
        }
        return nil
    }
}
