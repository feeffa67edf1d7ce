import Model
import Store

/// What one source's harvest did.
public struct SourceHarvestResult: Sendable, Codable {
    public var source: SourceID
    public var succeeded: Bool
    public var run: HarvestRunID?
    /// This invocation's counts (a resumed run's earlier pages are not counted again).
    public var counts: HarvestCounts
    public var seconds: Double
    /// The error that stopped the run, with source, URL and cause.
    public var error: String?

    public var recordsPerSecond: Double {
        seconds > 0 ? Double(counts.added + counts.changed + counts.unchanged + counts.deleted) / seconds : 0
    }
}
