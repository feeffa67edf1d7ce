/// Dimensions as one record states them: the numbers (in `unit`), the display text, and the measured part.
struct StatedDimensions {
    var height: Double
    var width: Double
    /// `cm` or `in`.
    var unit: String
    var display: String
    /// EDM only: the extents given as two separate `dc:format` values without axes ("224.5 cm", "164.3 cm"), as some
    /// providers send them.
    var separateExtents = false
}
