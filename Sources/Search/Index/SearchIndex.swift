import Foundation
import GRDB
import Logging
import Model
import Store

/// The joint search index: one full-text document per work, pooled from all its records, in the store's own
/// SQLite file (FTS5), with the values filters and facets need.
///
/// Kept current with ``update()`` (incremental) after each normalize and link run; searched with
/// ``search(_:)-(SearchRequest)`` for a page with facets, or ``matches(_:batchSize:language:)`` for every match in
/// rank order. Searches read WAL snapshots, so they go on while a harvest, normalize or update writes.
public final class SearchIndex: Sendable {
    let store: OeuvreStore
    let database: any DatabaseWriter
    let expansion: QueryExpansion
    /// A second connection with which a search walks half its phrases on the other core (file stores only).
    let helper: HelperConnection?
    let institutions: InstitutionNames
    let logger: Logger
    /// The newest columns loaded, shared by searches until the index generation moves on.
    let columnsCache = ColumnsCache()

    /// Bumped whenever what the index stores for a work changes shape; a store indexed with another version is
    /// re-indexed whole by the next ``update()``.
    static let format = "4"

    /// The index over `store`; `mappings` is the mappings folder, whose `link/iconography.csv` expands query words
    /// across languages, `link/institutions.csv` names institutions, and `vocab/object_types.csv` maps `type:` values.
    public init(store: OeuvreStore, mappings: String, logger: Logger = Logger(label: "oeuvre.search", factory: { _ in SwiftLogNoOpLogHandler() })) throws {
        self.store = store
        self.database = store.database
        self.logger = logger
        let iconography = try IconographyTable.load(mappings: mappings)
        let types = try Self.loadTypes((mappings as NSString).appendingPathComponent("vocab/object_types.csv"))
        let institutions = try InstitutionNames.load(mappings: mappings)
        self.institutions = institutions
        self.expansion = QueryExpansion(iconography: iconography, types: types, institutions: institutions)
        self.helper = store.path.map(HelperConnection.init(path:))
    }

    /// Folded object-type term → folded label, from the vocabulary CSV (`term,label,uri`); empty when the file is absent.
    static func loadTypes(_ path: String) throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw FileLocatedError(file: path, line: nil, key: nil, message: "cannot read the object type vocabulary")
        }
        var result: [String: String] = [:]
        for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() where number > 0 {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let term = SearchText.indexed(String(fields[0]))
            let label = SearchText.indexed(String(fields[1]))
            if !term.isEmpty, !label.isEmpty { result[term] = label }
            if !label.isEmpty { result[label] = label }
        }
        return result
    }

    /// Forgets what searches kept for the current index generation (phrases' row counts, filters' bitmaps), as an index
    /// change does: for benchmarks that measure a query's first search.
    public func forgetQueryStatistics() {
        columnsCache.forgetStatistics()
    }

    /// How many works (and provisional one-record works) and records the index holds.
    public func statistics() async throws -> IndexStatistics {
        try await database.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT COUNT(*), COALESCE(SUM(provisional), 0), COALESCE(SUM(record_count), 0) FROM search_work")
            let generation = try WorkColumns.generation(db)
            return IndexStatistics(works: row?[0] ?? 0, provisionalWorks: row?[1] ?? 0, records: row?[2] ?? 0, generation: generation)
        }
    }
}

/// What the index holds.
public struct IndexStatistics: Codable, Sendable, Equatable {
    /// Indexed works, provisional ones included.
    public var works: Int
    /// Records not yet in a work, indexed as one-record works.
    public var provisionalWorks: Int
    public var records: Int
    /// Moves on with every change to the index.
    public var generation: Int64
}

/// The columns last loaded, behind a lock; loading happens inside a read so it matches that read's snapshot.
final class ColumnsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var columns: WorkColumns?

    func columns(_ db: Database) throws -> WorkColumns {
        let generation = try WorkColumns.generation(db)
        lock.lock()
        let cached = columns
        lock.unlock()
        if let cached, cached.generation == generation { return cached }
        let loaded = try WorkColumns.load(db, generation: generation)
        lock.lock()
        if (columns?.generation ?? -1) < generation { columns = loaded }
        lock.unlock()
        return loaded
    }

    /// Forgets the phrase counts and filter bitmaps kept with the columns.
    func forgetStatistics() {
        lock.lock()
        let cached = columns
        lock.unlock()
        cached?.phraseHits.removeAll()
        cached?.filters.removeAll()
    }
}
