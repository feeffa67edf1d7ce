import Foundation

/// Spaces requests to one source so that it never gets more than its requests-per-second.
actor RateLimiter {
    private let interval: Double
    private var next: Date = .distantPast

    init(requestsPerSecond: Double) {
        interval = requestsPerSecond > 0 ? 1 / requestsPerSecond : 0
    }

    /// Waits until the next request may go.
    func wait() async throws {
        let now = Date()
        let slot = max(now, next)
        next = slot.addingTimeInterval(interval)
        let delay = slot.timeIntervalSince(now)
        if delay > 0 { try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000)) }
    }
}
