/// What a repository says about itself (Identify).
struct OAIIdentify: Sendable {
    /// `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`.
    var granularity: String
    /// `no`, `persistent` or `transient`.
    var deletedRecord: String
    /// Reported, never trusted as a lower bound (some repositories report today's date).
    var earliestDatestamp: String? = nil

    var dayGranularity: Bool { granularity == "YYYY-MM-DD" }

    /// Formats an ISO 8601 instant at the repository's granularity.
    func format(_ instant: String) -> String {
        dayGranularity ? String(instant.prefix(10)) : String(instant.prefix(19)) + (instant.count >= 19 ? "Z" : "")
    }
}
