/// The identifiers of a corpus's objects and records: Wikidata Q-ids, RKD image numbers, museum-internal numbers
/// and Europeana local ids — unique, random-looking, and the same for the same seed.
struct CorpusIdentifiers {
    /// Object running numbers must stay below this (duplicates use the bit above).
    static let objectLimit = 1 << 23

    private let wikidata: IDPermutation
    private let rkd: IDPermutation
    private let internalNumbers: IDPermutation
    private let europeana: IDPermutation

    init(seed: UInt64) {
        wikidata = IDPermutation(bits: 26, seed: seed ^ 0x5749_4B49)
        rkd = IDPermutation(bits: 24, seed: seed ^ 0x524B_44)
        internalNumbers = IDPermutation(bits: 24, seed: seed ^ 0x494E_54)
        europeana = IDPermutation(bits: 32, seed: seed ^ 0x4555_524F)
    }

    /// The Wikidata item of an object (`Q17012345`); a duplicate item gets another one.
    func wikidataQ(_ object: Int, duplicate: Bool = false) -> String {
        "Q\(17_000_000 + wikidata.apply(object | (duplicate ? Self.objectLimit : 0)))"
    }

    /// The RKDimages number of an object; a duplicate record gets another one.
    func rkdImage(_ object: Int, duplicate: Bool = false) -> Int {
        100_000 + rkd.apply(object | (duplicate ? Self.objectLimit : 0))
    }

    /// A museum's internal object number (its collection system's key, not the inventory number).
    func internalNumber(_ object: Int) -> Int {
        100_000 + internalNumbers.apply(object)
    }

    /// A Europeana local id (eight hex digits) for the `serial`-th Europeana record.
    func europeanaLocal(_ serial: Int) -> String {
        let value = europeana.apply(serial)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 8 - hex.count)) + hex
    }
}
