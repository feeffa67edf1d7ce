/// Which extent a single measurement gives.
public enum DimensionAxis: String, Sendable, Hashable, CaseIterable {
    case height, width, depth
    /// A round object's diameter: stored as both height and width.
    case diameter
}
