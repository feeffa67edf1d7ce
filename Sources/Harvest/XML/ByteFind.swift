import Foundation

/// Finds bytes in bytes with memchr and memcmp (memmem is not exposed to Swift on Linux).
enum ByteFind {
    static func find(_ needle: UnsafeRawBufferPointer, in base: UnsafeRawPointer, count: Int, from: Int = 0) -> Int? {
        guard let first = needle.first, let pattern = needle.baseAddress else { return from <= count ? from : nil }
        var position = from
        while position + needle.count <= count {
            guard let hit = memchr(base + position, Int32(first), count - position - needle.count + 1) else { return nil }
            let offset = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + offset, pattern, needle.count) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }

    static func find(_ needle: [UInt8], in base: UnsafeRawPointer, count: Int, from: Int = 0) -> Int? {
        needle.withUnsafeBytes { find($0, in: base, count: count, from: from) }
    }
}
