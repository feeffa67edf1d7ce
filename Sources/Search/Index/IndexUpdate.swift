/// What one index update did.
public struct IndexUpdate: Codable, Sendable, Equatable {
    /// Works (re)indexed because they are new or their records, fingerprints or relations changed.
    public var indexed: Int
    /// Works gone from the index (their records were removed, or a link run merged them into another work).
    public var removed: Int
    /// Works left as they were.
    public var unchanged: Int
    /// Works in the index afterwards.
    public var works: Int
    public var seconds: Double

    public init(indexed: Int, removed: Int, unchanged: Int, works: Int, seconds: Double) {
        self.indexed = indexed
        self.removed = removed
        self.unchanged = unchanged
        self.works = works
        self.seconds = seconds
    }
}
