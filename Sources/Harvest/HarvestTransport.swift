import Foundation
import Logging
import Model
import Store

/// What a transport needs to fetch one page: the source, a polite fetcher, the run's window and a scratch folder.
public struct HarvestContext: Sendable {
    public var source: SourceDefinition
    public var fetcher: PoliteFetcher
    /// Incremental lower bound (ISO 8601, UTC), nil for everything.
    public var from: String?
    public var until: String?
    /// A full harvest: everything, and records gone from the source are marked withdrawn.
    public var full: Bool
    /// Where this run keeps raw pages: `<data>/<source>/harvest/<run>/`.
    public var pageDirectory: String
    public var logger: Logger
    /// The API key read from the environment variable the source names, if any.
    public var apiKey: String?
    /// The store, for conditional-request validators.
    public var store: OeuvreStore
    /// Called with progress as pages arrive.
    public var progress: @Sendable (HarvestProgress) -> Void
}

/// Progress of one source's run as the transport knows it.
public struct HarvestProgress: Sendable {
    public var source: SourceID
    public var pages: Int
    public var records: Int
    /// Records in the whole list, when the protocol says (OAI-PMH `completeListSize`).
    public var total: Int?
}

/// One page from a transport, with the checkpoint to resume after it.
public struct TransportPage: Sendable {
    public var records: [RawRecord]
    public var quarantined: [QuarantineEntry]
    /// Opaque to the runner: the transport's own resume point, committed with the page.
    public var checkpoint: String
    public var bytes: Int
    /// Progress figures of the protocol, when given.
    public var total: Int?
    /// Every record id the source currently has (a full sweep): records stored but not in here are withdrawn.
    public var presentIdentifiers: Set<String>?
    /// The server's clock when it answered (OAI-PMH responseDate): the next incremental run starts there.
    public var serverTime: String?

    public init(records: [RawRecord], quarantined: [QuarantineEntry] = [], checkpoint: String, bytes: Int, total: Int? = nil, presentIdentifiers: Set<String>? = nil) {
        self.records = records
        self.quarantined = quarantined
        self.checkpoint = checkpoint
        self.bytes = bytes
        self.total = total
        self.presentIdentifiers = presentIdentifiers
    }
}

/// A protocol adapter: hands out a source's records page by page, pulled by the runner.
public protocol HarvestTransport: Sendable {
    /// The page after `checkpoint` (nil: the first page), or nil when the list is complete.
    func nextPage(after checkpoint: String?, context: HarvestContext) async throws -> TransportPage?
}
