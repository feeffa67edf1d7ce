/// A 64-bit FNV-1a digest of the inputs a work's index entry is built from; equal inputs give equal digests in every
/// process (unlike `Hasher`, which is seeded per process).
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        value ^= 0xff
        value = value &* 0x0000_0100_0000_01b3
    }

    /// The digest as SQLite stores an integer.
    var signed: Int64 { Int64(bitPattern: value) }
}
