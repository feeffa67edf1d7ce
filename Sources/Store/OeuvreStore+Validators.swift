import Foundation
import GRDB
import Model

/// The ETag and Last-Modified a source's server gave for a URL, for conditional requests.
public struct HTTPValidator: Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String?, lastModified: String?) {
        self.etag = etag
        self.lastModified = lastModified
    }
}

extension OeuvreStore {
    public func validator(source: SourceID, url: String) async throws -> HTTPValidator? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT etag, last_modified FROM http_validator WHERE source_id = ? AND url = ?", arguments: [source.rawValue, url])
                .map { HTTPValidator(etag: $0["etag"], lastModified: $0["last_modified"]) }
        }
    }

    public func saveValidator(source: SourceID, url: String, validator: HTTPValidator) async throws {
        try await writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO http_validator (source_id, url, etag, last_modified) VALUES (?, ?, ?, ?)
                    ON CONFLICT(source_id, url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified
                    """,
                arguments: [source.rawValue, url, validator.etag, validator.lastModified])
        }
    }
}
