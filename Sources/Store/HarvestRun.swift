import Foundation
import Model

/// Identifies one harvest run in the store.
public struct HarvestRunID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// One run of a source's harvest: its window, its progress checkpoint and its counts.
public struct HarvestRun: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable { case running, succeeded, failed }

    public var id: HarvestRunID
    public var source: SourceID
    public var status: Status
    public var full: Bool
    public var startedAt: Date
    public var finishedAt: Date?
    /// The lower bound of an incremental window (OAI-PMH `from`), as sent.
    public var from: String?
    public var until: String?
    /// Protocol-specific resume point (a resumption token, a cursor, a page URL), committed with each page.
    public var checkpoint: String?
    /// The server's clock when the run began (OAI-PMH responseDate), ISO 8601: where the next incremental run starts.
    public var upperBound: String?
    public var counts: HarvestCounts
    public var message: String?
}

/// What a run did, page by page.
public struct HarvestCounts: Sendable, Equatable, Codable {
    public var pages = 0
    public var added = 0
    public var changed = 0
    public var unchanged = 0
    public var deleted = 0
    public var quarantined = 0
    public var bytes = 0

    public init() {}

    public static func + (a: HarvestCounts, b: HarvestCounts) -> HarvestCounts {
        var sum = HarvestCounts()
        sum.pages = a.pages + b.pages
        sum.added = a.added + b.added
        sum.changed = a.changed + b.changed
        sum.unchanged = a.unchanged + b.unchanged
        sum.deleted = a.deleted + b.deleted
        sum.quarantined = a.quarantined + b.quarantined
        sum.bytes = a.bytes + b.bytes
        return sum
    }
}
