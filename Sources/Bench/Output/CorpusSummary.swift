/// What a generation wrote: records per source, objects and families, truth rows per relation.
public struct CorpusSummary: Sendable, Codable {
    public var recordsPerSource: [String: Int]
    public var objects: Int
    public var families: Int
    public var truthRows: [String: Int]
    public var seconds: Double

    /// Records over all sources.
    public var records: Int { recordsPerSource.values.reduce(0, +) }
}
