import Model

/// The result of ``DateParser/parse(_:)``: the span, and a warning when the text could not be read fully.
public struct ParsedDate: Sendable, Equatable {
    /// The display text (the trimmed input) with the earliest and latest years read from it.
    public var span: DateSpan
    /// Why the years are missing or doubtful, nil when the text was read without trouble.
    public var warning: String?

    /// A result with the given span and warning.
    public init(span: DateSpan, warning: String? = nil) {
        self.span = span
        self.warning = warning
    }
}
