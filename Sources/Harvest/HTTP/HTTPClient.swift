import CCurl
import Foundation

/// An HTTP client on libcurl's multi interface: many transfers at once from async code, one thread.
///
/// Connection reuse, HTTP/2 where offered, gzip/deflate/brotli, timeouts, a maximum response size, a bounded
/// number of redirects and TLS verification that cannot be switched off. Works for `http://`, `https://` and
/// `file://` (redirects never lead to `file://`).
public final class HTTPClient: Sendable {
    public let configuration: HTTPClientConfiguration
    private let loop: CurlMultiLoop

    public init(configuration: HTTPClientConfiguration = HTTPClientConfiguration()) {
        self.configuration = configuration
        self.loop = CurlMultiLoop(configuration: configuration)
    }

    deinit { loop.shutdown() }

    /// Performs one request. Non-2xx statuses are returned, not thrown; transport failures throw ``HTTPClientError``.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let transfer = try CurlTransfer(request: request, configuration: configuration)
        let box = TransferBox(transfer)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                box.transfer.continuation = continuation
                loop.submit(box.transfer)
            }
        } onCancel: {
            loop.cancel(box.transfer)
        }
    }

    /// Convenience GET into memory.
    public func get(_ url: String, headers: [String: String] = [:]) async throws -> HTTPResponse {
        try await send(HTTPRequest(url: url, headers: headers))
    }
}

/// Carries a transfer across the isolation boundary into the loop; the loop alone touches it afterwards.
private final class TransferBox: @unchecked Sendable {
    let transfer: CurlTransfer
    init(_ transfer: CurlTransfer) { self.transfer = transfer }
}
