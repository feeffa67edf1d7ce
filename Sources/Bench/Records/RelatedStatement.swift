/// A record's own statement that its object relates to another (LIDO relatedWorkSet, EDM isVersionOf, a description).
struct RelatedStatement {
    var relation: ArtworkRelation
    /// The relation term in the record's language (`kopie naar`).
    var term: String
    /// How the record identifies the other object: its inventory number, or its URI.
    var target: String
    /// The other object's record URI when the source has one (Linked Art, EDM), else nil.
    var targetURI: String?
    /// A label for the other object (`Peter Paul Rubens, De aanbidding der koningen (KMSKA, inv. 312)`).
    var label: String
    /// A description sentence stating the relation.
    var sentence: String
}
