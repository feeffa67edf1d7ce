/// What to generate: how many records, from how many sources, from which seed, into which folder.
public struct CorpusOptions: Sendable {
    /// Records over all sources.
    public var records: Int
    /// Sources, 2 to 8 (see ``CorpusSource/lineup(count:)``).
    public var sources: Int
    public var seed: UInt64
    /// The output folder; created when missing. The generator replaces its own files and source folders in it.
    public var output: String

    /// The options of `oeuvre bench corpus --records --sources --seed --out`.
    public init(records: Int, sources: Int, seed: UInt64, output: String) {
        self.records = records
        self.sources = sources
        self.seed = seed
        self.output = output
    }

    /// Throws with a message naming the bad option.
    func validate() throws {
        guard (2...8).contains(sources) else { throw CorpusError("--sources must be between 2 and 8 (got \(sources))") }
        guard records >= 1 else { throw CorpusError("--records must be at least 1 (got \(records))") }
        guard records <= 10_000_000 else { throw CorpusError("--records must be at most 10,000,000 (got \(records))") }
        guard !output.isEmpty else { throw CorpusError("--out needs a folder") }
    }
}
