/// What a link run did, as `oeuvre link` prints it.
public struct LinkRunReport: Sendable, Codable, Equatable {
    public var records: Int
    /// Records new or changed since the last run (all of them on the first run).
    public var changedRecords: Int
    public var removedRecords: Int
    public var comparedPairs: Int
    public var sameObjectLinks: Int
    public var typedLinks: [String: Int]
    public var works: Int
    /// Works described by more than one record.
    public var linkedWorks: Int
    public var events: [String: Int]
    public var skippedBlocks: Int
    public var seconds: Double
    public var snapshot: String
    /// True when nothing changed since the last run, which was kept as it is.
    public var upToDate: Bool
}
