import Foundation

/// A from/until window of an incremental OAI-PMH harvest; windows are bisected to isolate records the repository
/// cannot serve.
struct OAIWindow: Codable, Sendable, Equatable {
    var from: String?
    var until: String?

    /// The two halves of this window at the repository's granularity, or nil when it cannot be split further.
    func bisected(dayGranularity: Bool, now: Date = Date()) -> (OAIWindow, OAIWindow)? {
        guard let from, let start = Self.date(from) else { return nil }
        let end = until.flatMap(Self.date) ?? now
        let unit: Double = dayGranularity ? 86_400 : 1
        let span = end.timeIntervalSince(start)
        guard span >= unit else { return nil }
        let middle = start.addingTimeInterval((span / 2 / unit).rounded(.down) * unit)
        return (
            OAIWindow(from: from, until: Self.format(middle, dayGranularity: dayGranularity)),
            OAIWindow(from: Self.format(middle.addingTimeInterval(unit), dayGranularity: dayGranularity), until: Self.format(end, dayGranularity: dayGranularity))
        )
    }

    var label: String { "\(from ?? "the beginning")..\(until ?? "now")" }

    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: String(text.prefix(10)))
    }

    static func format(_ date: Date, dayGranularity: Bool) -> String {
        let formatter = ISO8601DateFormatter()
        if dayGranularity { formatter.formatOptions = [.withFullDate] }
        return formatter.string(from: date)
    }
}
