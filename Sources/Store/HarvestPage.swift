import Model

/// One page of a harvest, committed in one transaction together with the checkpoint that follows it.
public struct HarvestPage: Sendable {
    public var records: [RawRecord]
    /// Records the harvest could not take in (malformed inside a good page), with reasons.
    public var quarantined: [QuarantineEntry]
    /// Where to resume after this page (nil: the list is complete).
    public var checkpoint: String?
    /// Bytes transferred for this page.
    public var bytes: Int

    public init(records: [RawRecord], quarantined: [QuarantineEntry] = [], checkpoint: String?, bytes: Int) {
        self.records = records
        self.quarantined = quarantined
        self.checkpoint = checkpoint
        self.bytes = bytes
    }
}
