import Foundation

/// Finds bytes in bytes with memchr and memcmp (memmem is not exposed to Swift on Linux).
enum ByteFind {
    static func find(_ needle: UnsafeRawBufferPointer, in base: UnsafeRawPointer, count: Int, from: Int = 0) -> Int? {
        guard let first = needle.first, let pattern = needle.baseAddress else { return from <= count ? from : nil }
        if needle.count >= 4 { return horspool(needle, in: base, count: count, from: from) }
        var position = from
        while position + needle.count <= count {
            guard let hit = memchr(base + position, Int32(first), count - position - needle.count + 1) else { return nil }
            let offset = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + offset, pattern, needle.count) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }

    /// Boyer-Moore-Horspool: skips up to the needle's length per step, for tag names in long records.
    private static func horspool(_ needle: UnsafeRawBufferPointer, in base: UnsafeRawPointer, count: Int, from: Int) -> Int? {
        let length = needle.count
        guard let pattern = needle.baseAddress, from + length <= count else { return nil }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { skip in
            skip.initialize(repeating: length)
            for index in 0..<(length - 1) { skip[Int(needle[index])] = length - 1 - index }
            let bytes = base.assumingMemoryBound(to: UInt8.self)
            let lastByte = needle[length - 1]
            var position = from
            while position + length <= count {
                let tail = bytes[position + length - 1]
                if tail == lastByte && memcmp(base + position, pattern, length - 1) == 0 { return position }
                position += skip[Int(tail)]
            }
            return nil
        }
    }

    static func find(_ needle: [UInt8], in base: UnsafeRawPointer, count: Int, from: Int = 0) -> Int? {
        needle.withUnsafeBytes { find($0, in: base, count: count, from: from) }
    }
}
