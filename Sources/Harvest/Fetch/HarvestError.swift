import Model

/// A harvest that could not go on: names the source, the URL and the cause, and says what to do.
public struct HarvestError: Error, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Base: String, Sendable { case unreachable, httpStatus, badPage, protocolError, configuration, store }
        let base: Base
        /// The endpoint could not be reached after every try.
        public static let unreachable = Code(base: .unreachable)
        /// The server kept answering with an error status.
        public static let httpStatus = Code(base: .httpStatus)
        /// The server kept delivering a page that is not what the protocol promises (HTML, truncated XML, bad bytes).
        public static let badPage = Code(base: .badPage)
        /// The protocol reported an error (OAI-PMH `cannotDisseminateFormat`, `idDoesNotExist`, …).
        public static let protocolError = Code(base: .protocolError)
        /// The source definition cannot work (missing API key, bad parameter).
        public static let configuration = Code(base: .configuration)
        public static let store = Code(base: .store)
        public var description: String { base.rawValue }
    }

    public var code: Code
    public var source: SourceID
    /// The URL concerned, secrets redacted.
    public var url: String?
    public var message: String

    public init(code: Code, source: SourceID, url: String? = nil, message: String) {
        self.code = code
        self.source = source
        self.url = url.map(URLRedaction.redact)
        self.message = message
    }

    public var description: String {
        var text = "source \(source)"
        if let url { text += ", \(url)" }
        return text + ": " + message
    }
}
