/// Hands out inventory numbers per museum: increasing, with gaps, never twice.
struct MuseumLedger {
    private var next: [Int]

    init() {
        next = MuseumCatalog.all.map(\.firstNumber)
    }

    /// A fresh inventory number at `museum`; `consecutive` numbers are reserved together (pendants).
    mutating func take(_ museum: Int, consecutive: Int = 1, random: inout Xoshiro256) -> Int {
        let number = next[museum] + random.below(3)
        next[museum] = number + consecutive
        return number
    }
}
