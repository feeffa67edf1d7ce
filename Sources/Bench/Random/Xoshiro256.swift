/// xoshiro256** (Blackman and Vigna 2018), seeded through ``SplitMix64``: the corpus generator's only source of
/// randomness, so that one seed gives the same bytes on every machine and Swift version.
///
/// The draws built on it (``below(_:)``, ``unit()``, ``chance(_:)``…) are written out here rather than taken from the
/// standard library, whose algorithms for `Int.random(in:using:)` are not promised to stay the same.
struct Xoshiro256: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
