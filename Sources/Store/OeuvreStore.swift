import Foundation
import GRDB
import Model

/// The SQLite store: sources, harvest runs, raw records, normalized records and the quarantine.
///
/// WAL mode so readers never wait for the writer and never see a half-written transaction; foreign keys on.
/// GRDB serializes all writes through one writer. Open one store per file per process.
public final class OeuvreStore: Sendable {
    let writer: any DatabaseWriter
    /// The database, for the modules that own tables of their own (the search index): they read and write through
    /// it so that every writer shares GRDB's one writer queue and every reader sees WAL snapshots.
    public var database: any DatabaseWriter { writer }
    /// The database file, nil for an in-memory store.
    public let path: String?

    /// Opens (creating and migrating when needed) the store at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Harvest pages are megabytes: checkpoint the WAL in larger, fewer steps.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8000")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try StoreMigrations.migrator.migrate(pool)
            writer = pool
        } catch let error as DatabaseError {
            throw StoreError(message: "cannot open the store at \(path): \(error.message ?? error.description). Check that the file is an Oeuvre store and that the folder is writable")
        }
        self.path = path
    }

    /// An in-memory store, for tests and dry runs.
    public init() throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        try StoreMigrations.migrator.migrate(queue)
        writer = queue
        path = nil
    }

    /// The migrations applied so far, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    /// The journal mode in force (`wal` for a file store).
    public func journalMode() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Registers or updates a source.
    public func register(_ source: SourceRegistration) async throws {
        try await writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO source (id, institution, protocol, format, endpoint, registered_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET institution = excluded.institution, protocol = excluded.protocol,
                        format = excluded.format, endpoint = excluded.endpoint
                    """,
                arguments: [source.id.rawValue, source.institution, source.protocolName, source.format, source.endpoint, Date.oeuvreNow])
        }
    }

    /// The registered sources.
    public func registeredSources() async throws -> [SourceRegistration] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY id").map {
                SourceRegistration(id: SourceID($0["id"] as String), institution: $0["institution"], protocolName: $0["protocol"], format: $0["format"], endpoint: $0["endpoint"])
            }
        }
    }
}
