/// An original picture and the objects made from it or with it: an oil sketch, a workshop replica, copies, prints
/// and a pendant. The original is first.
struct CompositionFamily: Sendable {
    /// A typed relation between two members, by their positions in ``artworks``.
    struct Relation: Sendable {
        let from: Int
        let to: Int
        let relation: ArtworkRelation
    }

    let artworks: [Artwork]
    let relations: [Relation]

    /// The relation that makes member `position` derived from another member (copy, print, study, replica), if any.
    func derivation(of position: Int) -> Relation? {
        relations.first { $0.from == position && $0.relation != .pendant }
    }

    /// The pendant partner of member `position`, if any.
    func pendant(of position: Int) -> Int? {
        for relation in relations where relation.relation == .pendant {
            if relation.from == position { return relation.to }
            if relation.to == position { return relation.from }
        }
        return nil
    }
}
