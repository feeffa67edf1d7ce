import Model

/// One work in the results: the object once, with its records from every source and its related works.
public struct WorkResult: Codable, Sendable, Equatable {
    /// The work's id; `r:SOURCE:RECORD` for a record no link run has assigned to a work yet.
    public var id: WorkID
    /// True for a record not yet assigned to a work by a link run (indexed as a one-record work).
    public var provisional: Bool
    /// 1-based position in the ranking.
    public var rank: Int
    /// The ranking score (higher is better); see README, "Ranking".
    public var score: Double
    /// The display title: in the requested language when a record has one, else the first record's preferred title.
    public var title: String?
    /// The date as the first dated record writes it.
    public var date: String?
    /// An image URL from the first record that has one.
    public var thumbnail: String?
    /// How many sources document the work.
    public var sourceCount: Int
    /// The member records, in key order.
    public var records: [RecordSummary]
    /// Typed relations to other works, strongest first.
    public var related: [RelatedWork]

    public init(
        id: WorkID, provisional: Bool, rank: Int, score: Double, title: String?, date: String?, thumbnail: String?,
        sourceCount: Int, records: [RecordSummary], related: [RelatedWork]
    ) {
        self.id = id
        self.provisional = provisional
        self.rank = rank
        self.score = score
        self.title = title
        self.date = date
        self.thumbnail = thumbnail
        self.sourceCount = sourceCount
        self.records = records
        self.related = related
    }

    /// The member records' keys.
    public var recordKeys: [RecordKey] { records.map(\.key) }
}
