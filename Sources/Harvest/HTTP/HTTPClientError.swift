/// A transfer that failed: it names the URL, what went wrong and what to try.
public struct HTTPClientError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure; grows without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Base: String, Sendable { case connect, timeout, tooManyRedirects, responseTooLarge, transfer, cancelled, invalidRequest }
        let base: Base
        public static let connect = Code(base: .connect)
        public static let timeout = Code(base: .timeout)
        public static let tooManyRedirects = Code(base: .tooManyRedirects)
        public static let responseTooLarge = Code(base: .responseTooLarge)
        public static let transfer = Code(base: .transfer)
        public static let cancelled = Code(base: .cancelled)
        public static let invalidRequest = Code(base: .invalidRequest)
        public var description: String { base.rawValue }
    }

    public var code: Code
    public var url: String
    public var message: String
    /// libcurl's result code, when the failure came from libcurl.
    public var curlCode: Int?

    public init(code: Code, url: String, message: String, curlCode: Int? = nil) {
        self.code = code
        self.url = url
        self.message = message
        self.curlCode = curlCode
    }

    /// True when trying again may help (connection problems, timeouts, cut transfers).
    public var isTransient: Bool {
        code == .connect || code == .timeout || code == .transfer
    }

    public var description: String { "\(url): \(message)" }
}
