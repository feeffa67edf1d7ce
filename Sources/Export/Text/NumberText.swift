/// Numbers as exports write them: the shortest text that reads back as the same value, without a trailing `.0`
/// (`447`, `336.5`, `0.93`).
enum NumberText {
    /// A number for CSV and display; empty for NaN and infinities.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A JSON number; `null` for NaN and infinities (JSON has none).
    static func json(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return plain(value)
    }
}
