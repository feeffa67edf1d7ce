import Foundation
import GRDB

/// The per-work values that filters, facets and the source boost read, held in memory as columns indexed by the
/// work's row id (as an index engine keeps doc values): counting the facets of 100,000 matches takes a pass over
/// arrays, not 100,000 row reads.
///
/// Loaded from `search_work` in one scan and tagged with the index generation it was read at; a search that finds
/// another generation in its snapshot loads the columns again.
final class WorkColumns: Sendable {
    static let unknownYear = Int32.min

    let generation: Int64
    /// Row ids in use, ascending.
    let rowIDs: [Int64]
    let present: [Bool]
    let sourceCount: [UInt16]
    let earliest: [Int32]
    let latest: [Int32]
    /// `facetStart[r]..<facetStart[r + 1]` indexes `facetValues` for row id `r`.
    let facetStart: [UInt32]
    let facetValues: [UInt32]
    /// Facet and value by value id.
    let values: [UInt32: (FacetName, String)]
    /// ``sourceBoost(_:)`` by row id; 0 for a row id without a work.
    let boost: [Double]
    /// Each work's length in tokens in the full-text table, for BM25.
    let lengths: RowLengths
    /// The works each filter passes, from `facetValues`.
    let filters: FilterBitmaps
    /// The number of works each phrase searched on this generation matches.
    let phraseHits = PhraseHits()
    /// Each facet value's works, for counting the facets of large result sets.
    let valueBitmaps = FacetValueBitmaps()
    /// No works: the rows of a phrase known to match nothing.
    let noRows: RowBitmap

    private init(
        generation: Int64, rowIDs: [Int64], present: [Bool], sourceCount: [UInt16], earliest: [Int32], latest: [Int32],
        facetStart: [UInt32], facetValues: [UInt32], values: [UInt32: (FacetName, String)], lengths: RowLengths
    ) {
        self.generation = generation
        self.rowIDs = rowIDs
        self.present = present
        self.sourceCount = sourceCount
        self.earliest = earliest
        self.latest = latest
        self.facetStart = facetStart
        self.facetValues = facetValues
        self.values = values
        self.lengths = lengths
        self.filters = FilterBitmaps(values: values)
        self.noRows = RowBitmap(count: present.count)
        var boost = Array(repeating: 0.0, count: present.count)
        for (index, isPresent) in present.enumerated() where isPresent { boost[index] = Self.boost(sources: sourceCount[index]) }
        self.boost = boost
    }

    /// The index generation in the snapshot `db` reads.
    static func generation(_ db: Database) throws -> Int64 {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM search_state WHERE key = 'generation'")).flatMap { Int64($0) } ?? 0
    }

    /// Reads the columns from the snapshot `db` reads.
    static func load(_ db: Database, generation: Int64) throws -> WorkColumns {
        let maxID = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM search_work") ?? 0
        let size = Int(maxID) + 1
        var rowIDs: [Int64] = []
        var present = Array(repeating: false, count: size)
        var sourceCount = Array(repeating: UInt16(0), count: size)
        var earliest = Array(repeating: unknownYear, count: size)
        var latest = Array(repeating: unknownYear, count: size)
        var facetStart = Array(repeating: UInt32(0), count: size + 1)
        var facetValues: [UInt32] = []
        var lastRow = -1
        let rows = try Row.fetchCursor(db, sql: "SELECT id, source_count, earliest, latest, facets FROM search_work ORDER BY id")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let index = Int(id)
            for skipped in (lastRow + 1)...index { facetStart[skipped] = UInt32(facetValues.count) }
            lastRow = index
            rowIDs.append(id)
            present[index] = true
            sourceCount[index] = UInt16(clamping: row[1] as Int)
            if let from = row[2] as Int?, let to = row[3] as Int? {
                earliest[index] = Int32(clamping: from)
                latest[index] = Int32(clamping: to)
            }
            if let blob = row[4] as Data? {
                blob.withUnsafeBytes { raw in
                    var offset = 0
                    while offset + 4 <= raw.count {
                        facetValues.append(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                        offset += 4
                    }
                }
            }
        }
        for remaining in (lastRow + 1)...size { facetStart[remaining] = UInt32(facetValues.count) }
        var values: [UInt32: (FacetName, String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, facet, value FROM search_facet_value") {
            if let name = FacetName(rawValue: row[1]) { values[UInt32(row[0] as Int64)] = (name, row[2]) }
        }
        return WorkColumns(
            generation: generation, rowIDs: rowIDs, present: present, sourceCount: sourceCount, earliest: earliest,
            latest: latest, facetStart: facetStart, facetValues: facetValues, values: values, lengths: try RowLengths(db, count: size))
    }

    func contains(_ rowID: Int64) -> Bool {
        rowID >= 0 && Int(rowID) < present.count && present[Int(rowID)]
    }

    /// True when the work's date span overlaps `from...to` (either end open); undated works never match.
    func overlaps(_ rowID: Int64, from: Int?, to: Int?) -> Bool {
        let index = Int(rowID)
        guard earliest[index] != Self.unknownYear else { return false }
        if let from, Int(latest[index]) < from { return false }
        if let to, Int(earliest[index]) > to { return false }
        return true
    }

    /// The static part of the score: 1 + 0.4 · ln(sources), so two sources weigh 1.28, three 1.44, five 1.64.
    func sourceBoost(_ rowID: Int64) -> Double {
        boost[Int(rowID)]
    }

    static func boost(sources: UInt16) -> Double {
        1 + 0.4 * log(Double(max(1, sources)))
    }

    /// Counts the facet values of `rowIDs`. From `bitmapsFrom` works on, by intersecting a bitmap of the works with
    /// each value's bitmap (a pass over 53 KB a value at a million records) instead of reading each work's values.
    func countFacets<Rows: Collection<Int64>>(_ rowIDs: Rows, names: Set<FacetName>, bitmapsFrom: Int = 40_000) -> [FacetName: [String: Int]] {
        let largest = Int(values.keys.max() ?? 0)
        var counts = Array(repeating: 0, count: largest + 1)
        if rowIDs.count >= bitmapsFrom {
            let matched = RowBitmap(count: present.count)
            for rowID in rowIDs where rowID >= 0 && Int(rowID) < present.count { matched.insert(Int(rowID)) }
            let bitmaps = valueBitmaps.all(self)
            for (id, bitmap) in bitmaps.enumerated() where id <= largest {
                guard let bitmap, let (name, _) = values[UInt32(id)], names.contains(name) else { continue }
                counts[id] = matched.intersectionCount(bitmap)
            }
        } else {
            counts.withUnsafeMutableBufferPointer { counts in
                facetValues.withUnsafeBufferPointer { ids in
                    facetStart.withUnsafeBufferPointer { start in
                        for rowID in rowIDs {
                            let index = Int(rowID)
                            guard index >= 0, index + 1 < start.count else { continue }
                            for position in Int(start[index])..<Int(start[index + 1]) {
                                let id = Int(ids[position])
                                if id <= largest { counts[id] &+= 1 }
                            }
                        }
                    }
                }
            }
        }
        var result: [FacetName: [String: Int]] = [:]
        for (id, count) in counts.enumerated() where count > 0 {
            guard let (name, value) = values[UInt32(id)], names.contains(name) else { continue }
            result[name, default: [:]][value, default: 0] += count
        }
        return result
    }
}

/// Each facet value's works as a bitmap, built from the columns on first need and kept with them.
final class FacetValueBitmaps: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [RowBitmap?]?

    /// The bitmaps by facet value id (nil for an id without a value).
    func all(_ columns: WorkColumns) -> [RowBitmap?] {
        lock.withLock {
            if let built { return built }
            let largest = Int(columns.values.keys.max() ?? 0)
            var bitmaps: [RowBitmap?] = Array(repeating: nil, count: largest + 1)
            for id in columns.values.keys where Int(id) <= largest { bitmaps[Int(id)] = RowBitmap(count: columns.present.count) }
            columns.facetValues.withUnsafeBufferPointer { ids in
                columns.facetStart.withUnsafeBufferPointer { start in
                    for row in 0..<columns.present.count where columns.present[row] {
                        for position in Int(start[row])..<Int(start[row + 1]) {
                            let id = Int(ids[position])
                            if id <= largest { bitmaps[id]?.insert(row) }
                        }
                    }
                }
            }
            built = bitmaps
            return bitmaps
        }
    }
}
