import Foundation
import Logging
import Model

/// Fetches for one source: rate-limited, retried with backoff on connection errors, 429 and 5xx, and on bodies that
/// fail the caller's check (an HTML error page with status 200, truncated XML). After the last try it throws a
/// ``HarvestError`` naming the source, the URL and the cause.
public struct PoliteFetcher: Sendable {
    public let source: SourceID
    let client: HTTPClient
    let limiter: RateLimiter
    public let retry: RetryPolicy
    let logger: Logger

    public init(source: SourceID, client: HTTPClient, politeness: SourceDefinition.Politeness, retry: RetryPolicy? = nil, logger: Logger) {
        self.source = source
        self.client = client
        self.limiter = RateLimiter(requestsPerSecond: politeness.requestsPerSecond)
        self.retry = retry ?? RetryPolicy(maxTries: politeness.maxTries)
        self.logger = logger
    }

    /// What a page check says about a body that arrived with a 2xx status.
    public enum PageCheck: Sendable {
        case good
        /// Broken: try the page again; the reason goes into the final error.
        case broken(String)
    }

    /// Fetches `request`, retrying until the status is 2xx (or 304) and `check` accepts the body.
    public func fetch(_ request: HTTPRequest, check: @Sendable (HTTPResponse) -> PageCheck = { _ in .good }) async throws -> HTTPResponse {
        var lastProblem = ""
        var lastCode = HarvestError.Code.badPage
        for attempt in 1...max(retry.maxTries, 1) {
            try await limiter.wait()
            var retryAfter: String?
            do {
                let response = try await client.send(request)
                if (200...299).contains(response.status) || response.status == 304 {
                    switch check(response) {
                    case .good: return response
                    case .broken(let reason):
                        lastProblem = reason
                        lastCode = .badPage
                    }
                } else if RetryPolicy.isRetryable(status: response.status) {
                    lastProblem = "HTTP status \(response.status)"
                    lastCode = .httpStatus
                    retryAfter = response.header("Retry-After")
                } else {
                    throw HarvestError(
                        code: .httpStatus, source: source, url: request.url,
                        message: "the server answered HTTP \(response.status); check the endpoint and the parameters in the source definition")
                }
            } catch let error as HTTPClientError where error.isTransient {
                lastProblem = error.message
                lastCode = .unreachable
            } catch let error as HTTPClientError {
                throw HarvestError(code: .unreachable, source: source, url: request.url, message: error.message)
            }
            guard attempt < retry.maxTries else { break }
            let delay = retry.delay(afterAttempt: attempt, retryAfter: retryAfter)
            logger.warning(
                "retrying",
                metadata: ["source.id": "\(source)", "url": "\(URLRedaction.redact(request.url))", "attempt": "\(attempt)", "problem": "\(lastProblem)", "delay.s": "\(String(format: "%.1f", delay))"])
            try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
        }
        throw HarvestError(
            code: lastCode, source: source, url: request.url,
            message: "gave up after \(retry.maxTries) tries: \(lastProblem). Nothing already committed is lost; run the harvest again later to resume")
    }
}
