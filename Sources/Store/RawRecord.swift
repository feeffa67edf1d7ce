import Foundation
import Model

/// A record as the source delivered it, with its harvest metadata.
public struct RawRecord: Sendable, Equatable {
    public var key: RecordKey
    /// The source's datestamp (OAI-PMH header datestamp, Last-Modified), as written.
    public var datestamp: String?
    /// The source says the record was deleted.
    public var deleted: Bool
    /// The record's bytes (XML, JSON, a CSV row as JSON); empty for deletions.
    public var content: [UInt8]
    /// `application/xml`, `application/json`, `application/ld+json`, `text/csv`.
    public var mediaType: String
    /// Where the record can be fetched again, when known.
    public var url: String?
    /// SHA-256 of `content`.
    public var contentHash: String

    public init(key: RecordKey, datestamp: String?, deleted: Bool = false, content: [UInt8], mediaType: String, url: String? = nil) {
        self.key = key
        self.datestamp = datestamp
        self.deleted = deleted
        self.content = content
        self.mediaType = mediaType
        self.url = url
        self.contentHash = deleted ? "deleted" : SHA256.hex(content)
    }

    /// A record whose hash the store computes when it commits the page (off the harvest loop, in parallel with
    /// fetching and parsing the next page).
    public static func unhashed(key: RecordKey, datestamp: String?, content: [UInt8], mediaType: String, url: String?) -> RawRecord {
        RawRecord(key: key, datestamp: datestamp, deleted: false, content: content, mediaType: mediaType, url: url, contentHash: "")
    }

    /// The record with its hash, computed if it was left for later.
    public func hashed() -> RawRecord {
        guard contentHash.isEmpty else { return self }
        var copy = self
        copy.contentHash = deleted ? "deleted" : SHA256.hex(content)
        return copy
    }

    /// A record read back from the store, with the hash it was stored with (not computed again).
    public init(key: RecordKey, datestamp: String?, deleted: Bool, content: [UInt8], mediaType: String, url: String?, contentHash: String) {
        self.key = key
        self.datestamp = datestamp
        self.deleted = deleted
        self.content = content
        self.mediaType = mediaType
        self.url = url
        self.contentHash = contentHash
    }
}

/// A raw record read back from the store, with when it was fetched.
public struct StoredRawRecord: Sendable {
    public var record: RawRecord
    public var fetchedAt: Date
    public var withdrawn: Bool
}
