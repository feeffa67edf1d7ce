/// How to run a harvest.
public struct HarvestOptions: Sendable {
    /// Everything, not only what changed; marks records gone from the source as withdrawn.
    public var full: Bool
    /// An explicit lower bound (YYYY-MM-DD or ISO 8601) instead of the last successful run's.
    public var from: String?
    /// Sources harvested at the same time.
    public var parallelSources: Int
    /// Called as pages arrive.
    public var progress: @Sendable (HarvestProgress) -> Void

    public init(full: Bool = false, from: String? = nil, parallelSources: Int = 4, progress: @escaping @Sendable (HarvestProgress) -> Void = { _ in }) {
        self.full = full
        self.from = from
        self.parallelSources = parallelSources
        self.progress = progress
    }
}
