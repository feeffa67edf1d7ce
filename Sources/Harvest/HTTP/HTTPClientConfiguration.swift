import Model

/// Limits and identity for an ``HTTPClient``.
public struct HTTPClientConfiguration: Sendable {
    /// Seconds to establish a connection.
    public var connectTimeout: Double = 15
    /// Seconds for a whole transfer, redirects included.
    public var totalTimeout: Double = 300
    /// Largest response body accepted, in decoded bytes; larger bodies are refused with an error.
    public var maxResponseBytes: Int = 512 * 1024 * 1024
    /// Redirects followed before the transfer fails.
    public var maxRedirects: Int = 5
    /// Parallel connections to one host.
    public var maxConnectionsPerHost: Int = 4
    public var userAgent: String = OeuvreVersion.userAgent

    public init() {}
}
