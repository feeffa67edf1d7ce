import Model

/// The result of ``DimensionParser/parse(_:)``: the measured parts found, and a warning for what could not be used.
public struct ParsedDimensions: Sendable, Equatable {
    /// One entry per measured part (support, frame, sight, …), all in centimetres.
    public var dimensions: [Dimensions]
    /// What was not understood or was assumed, nil when everything was read.
    public var warning: String?

    /// A result with the given dimensions and warning.
    public init(dimensions: [Dimensions], warning: String? = nil) {
        self.dimensions = dimensions
        self.warning = warning
    }
}
