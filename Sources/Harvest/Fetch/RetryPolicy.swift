import Foundation

/// How often and how long to retry: exponential backoff with jitter, honouring Retry-After.
public struct RetryPolicy: Sendable {
    public var maxTries: Int
    /// First backoff in seconds; doubles each try.
    public var baseDelay: Double
    /// Longest wait between tries, Retry-After included.
    public var maxDelay: Double

    public init(maxTries: Int = 5, baseDelay: Double = 0.5, maxDelay: Double = 60) {
        self.maxTries = maxTries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// Seconds to wait before try number `attempt + 1` (attempt counts from 1).
    public func delay(afterAttempt attempt: Int, retryAfter: String?) -> Double {
        if let retryAfter, let seconds = Self.seconds(fromRetryAfter: retryAfter) {
            return min(max(seconds, 0), maxDelay)
        }
        let exponential = baseDelay * pow(2, Double(attempt - 1))
        let jitter = Double.random(in: 0...(exponential / 2))
        return min(exponential + jitter, maxDelay)
    }

    /// Retry-After as delta-seconds or an HTTP date.
    static func seconds(fromRetryAfter value: String) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: trimmed).map { $0.timeIntervalSinceNow }
    }

    /// Statuses worth another try.
    public static func isRetryable(status: Int) -> Bool {
        status == 429 || status == 408 || (500...599).contains(status)
    }
}
