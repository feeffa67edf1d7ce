import Foundation
import Model

/// What one link run produced, written to the store in one transaction.
public struct LinkRunRecord: Sendable {
    public var startedAt: Date
    public var records: Int
    public var changedRecords: Int
    public var comparedPairs: Int
    /// Every automatic and confirmed link (replaces the previous run's).
    public var links: [RecordLink]
    /// Every work (replaces the previous run's); ids are stable across runs.
    public var works: [Work]
    public var relations: [WorkRelation]
    public var events: [WorkEvent]
    /// A digest of the linked data: changes whenever a record, a link or a work changes.
    public var snapshot: String
    /// A digest of what the run read besides the records (the link tables, the curators' decisions): a later run
    /// with the same inputs and no pending record has nothing to do.
    public var inputs: String = ""

    public init(
        startedAt: Date, records: Int, changedRecords: Int, comparedPairs: Int, links: [RecordLink], works: [Work],
        relations: [WorkRelation], events: [WorkEvent], snapshot: String
    ) {
        self.startedAt = startedAt
        self.records = records
        self.changedRecords = changedRecords
        self.comparedPairs = comparedPairs
        self.links = links
        self.works = works
        self.relations = relations
        self.events = events
        self.snapshot = snapshot
    }
}

/// A finished link run as `oeuvre status` and exports show it.
public struct LinkRunSummary: Sendable, Codable, Equatable {
    public var id: Int64
    public var startedAt: Date
    public var finishedAt: Date
    public var records: Int
    public var changedRecords: Int
    public var comparedPairs: Int
    public var links: Int
    public var works: Int
    public var snapshot: String
    public var inputs: String
}
