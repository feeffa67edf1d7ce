/// One HTTP (or `file://`) request.
public struct HTTPRequest: Sendable {
    /// Where the response body goes.
    public enum BodyDestination: Sendable, Equatable {
        /// Kept in memory, up to the client's maximum response size.
        case memory
        /// Streamed to a file at this path (created or truncated), so memory stays flat for large bodies.
        case file(String)
    }

    public var url: String
    public var method: String
    /// Extra request headers; the client adds User-Agent and Accept-Encoding itself.
    public var headers: [String: String]
    /// A request body (for OAI-PMH POST or SPARQL POST), sent as is.
    public var body: [UInt8]?
    public var destination: BodyDestination

    public init(
        url: String, method: String = "GET", headers: [String: String] = [:], body: [UInt8]? = nil,
        destination: BodyDestination = .memory
    ) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.destination = destination
    }
}

/// The answer to an ``HTTPRequest``.
public struct HTTPResponse: Sendable {
    /// The URL after redirects.
    public var url: String
    /// HTTP status; `file://` transfers report 200 when the file was read.
    public var status: Int
    /// Response headers of the final response, names lower-cased.
    public var headers: [String: String]
    /// The body when the destination was memory (decoded from gzip/deflate), else empty.
    public var body: [UInt8]
    /// The file the body was written to, when the destination was a file.
    public var bodyFile: String?
    /// Decoded body size in bytes.
    public var byteCount: Int

    public init(url: String, status: Int, headers: [String: String], body: [UInt8], bodyFile: String?, byteCount: Int) {
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyFile = bodyFile
        self.byteCount = byteCount
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// The body as UTF-8 text (invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }
}
