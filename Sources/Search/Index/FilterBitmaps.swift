import Foundation

/// The works a filter token of the hidden `keys` column names (`qualifier:`, `type:`, `source:`, `has:image`), as
/// bitmaps over row ids read from the per-work facet columns instead of from the full-text index: a filter that
/// a third of the works pass costs FTS5 a walk of 300,000 entries, and a bitmap here a lookup.
///
/// Built on first use per token and kept with the columns they were read from (one index generation); bounded.
final class FilterBitmaps: @unchecked Sendable {
    static let capacity = 256

    /// The facet value ids each filter token stands for.
    private let valueIDs: [String: [UInt32]]
    private let lock = NSLock()
    private var cache: [String: RowBitmap] = [:]

    init(values: [UInt32: (FacetName, String)]) {
        var valueIDs: [String: [UInt32]] = [:]
        for (id, (name, value)) in values {
            let token: String? = switch name {
            case .qualifier: KeyToken.qualifier(value)
            case .type: KeyToken.type(value)
            case .source: KeyToken.source(value)
            case .image: value == "yes" ? KeyToken.hasImage : nil
            case .institution, .decade: nil
            }
            if let token { valueIDs[token, default: []].append(id) }
        }
        self.valueIDs = valueIDs
    }

    func removeAll() {
        lock.withLock { cache.removeAll() }
    }

    /// True when `token` is read from the columns (else it is left to the full-text index).
    func knows(_ token: String) -> Bool {
        token.hasPrefix("zzqual0") || token.hasPrefix("zztype0") || token.hasPrefix("zzsrc0") || token == KeyToken.hasImage
    }

    /// The works with `token`, for the columns `columns`; nil for a token not read from the columns.
    func rows(_ token: String, columns: WorkColumns) -> RowBitmap? {
        guard knows(token) else { return nil }
        if let cached = lock.withLock({ cache[token] }) { return cached }
        let bitmap = RowBitmap(count: columns.present.count)
        let wanted = Set(valueIDs[token] ?? [])
        if !wanted.isEmpty {
            columns.facetValues.withUnsafeBufferPointer { ids in
                columns.facetStart.withUnsafeBufferPointer { start in
                    for row in 0..<columns.present.count where columns.present[row] {
                        for position in Int(start[row])..<Int(start[row + 1]) where wanted.contains(ids[position]) {
                            bitmap.insert(row)
                            break
                        }
                    }
                }
            }
        }
        bitmap.countBits()
        lock.withLock {
            if cache.count >= Self.capacity { cache.removeAll(keepingCapacity: true) }
            cache[token] = bitmap
        }
        return bitmap
    }
}

/// A set of row ids `0..<count` as bits, in memory C code can read.
final class RowBitmap: @unchecked Sendable {
    let words: UnsafeMutableBufferPointer<UInt64>
    /// The rows in the set (after ``countBits()``).
    private(set) var count = 0

    init(count: Int) {
        words = .allocate(capacity: max(1, (count + 63) / 64))
        words.initialize(repeating: 0)
    }

    func insert(_ row: Int) {
        words[row >> 6] |= 1 << UInt64(row & 63)
    }

    /// The number of rows in both sets (of the same size).
    func intersectionCount(_ other: RowBitmap) -> Int {
        var total = 0
        for index in 0..<min(words.count, other.words.count) { total &+= (words[index] & other.words[index]).nonzeroBitCount }
        return total
    }

    func countBits() {
        count = words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    deinit { words.deallocate() }
}
