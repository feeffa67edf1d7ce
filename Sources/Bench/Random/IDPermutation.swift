/// A keyed bijection on the integers `0..<2^bits`: turns running numbers into identifiers that look random but can
/// never collide (Wikidata Q-ids, RKD image numbers, Europeana local ids).
///
/// Each round is a bijection modulo 2^bits: multiplication by an odd constant, adding a key, and an xor-shift.
struct IDPermutation: Sendable {
    let bits: Int
    private let keys: (UInt64, UInt64, UInt64)

    init(bits: Int, seed: UInt64) {
        precondition(bits >= 8 && bits <= 48, "IDPermutation works on 8 to 48 bits")
        self.bits = bits
        var mixer = SplitMix64(seed: seed)
        keys = (mixer.next(), mixer.next(), mixer.next())
    }

    /// The image of `value` (which must be below 2^bits).
    func apply(_ value: Int) -> Int {
        let mask: UInt64 = (1 << UInt64(bits)) - 1
        let half = UInt64(bits / 2)
        var x = UInt64(value) & mask
        for key in [keys.0, keys.1, keys.2] {
            x = (x &* 0xD6E8_FEB8_6659_FD93) & mask
            x = (x &+ key) & mask
            x ^= x >> half
        }
        return Int(x)
    }
}
