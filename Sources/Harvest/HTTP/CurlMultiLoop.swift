import CCurl
import Foundation

/// Runs all transfers of one ``HTTPClient`` on one dedicated thread with curl's multi interface.
///
/// Async callers hand in transfers through a locked queue and are resumed when curl reports them done.
/// The multi handle and the easy handles are touched only on the loop's thread.
final class CurlMultiLoop: @unchecked Sendable {
    private let multi: UnsafeMutableRawPointer
    private let lock = NSLock()
    private var incoming: [CurlTransfer] = []
    private var cancelRequests: Set<ObjectIdentifier> = []
    private var shuttingDown = false
    // Loop-thread state.
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    init(configuration: HTTPClientConfiguration) {
        _ = curlGlobalInit
        guard let multi = curl_multi_init() else { fatalError("libcurl could not create a multi handle") }
        self.multi = multi
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, configuration.maxConnectionsPerHost)
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        let thread = Thread { [self] in run() }
        thread.name = "oeuvre.curl"
        thread.start()
    }

    /// Queues a transfer; the continuation inside it is resumed by the loop.
    func submit(_ transfer: CurlTransfer) {
        lock.withLock { incoming.append(transfer) }
        curl_multi_wakeup(multi)
    }

    func cancel(_ transfer: CurlTransfer) {
        lock.withLock { _ = cancelRequests.insert(ObjectIdentifier(transfer)) }
        curl_multi_wakeup(multi)
    }

    /// Lets the loop end once its transfers are done.
    func shutdown() {
        lock.withLock { shuttingDown = true }
        curl_multi_wakeup(multi)
    }

    private func run() {
        var running: Int32 = 0
        while true {
            let (newTransfers, cancels, stop) = lock.withLock { () -> ([CurlTransfer], Set<ObjectIdentifier>, Bool) in
                defer {
                    incoming.removeAll()
                    cancelRequests.removeAll()
                }
                return (incoming, cancelRequests, shuttingDown)
            }
            for transfer in newTransfers {
                if cancels.contains(ObjectIdentifier(transfer)) {
                    transfer.continuation?.resume(throwing: cancelled(transfer))
                    continue
                }
                transfer.attach(Unmanaged.passUnretained(transfer).toOpaque())
                active[transfer.easy] = transfer
                curl_multi_add_handle(multi, transfer.easy)
            }
            for (easy, transfer) in active where cancels.contains(ObjectIdentifier(transfer)) {
                curl_multi_remove_handle(multi, easy)
                active[easy] = nil
                transfer.continuation?.resume(throwing: cancelled(transfer))
                transfer.continuation = nil
            }
            if stop && active.isEmpty { break }
            curl_multi_perform(multi, &running)
            var remaining: Int32 = 0
            while let message = curl_multi_info_read(multi, &remaining) {
                guard ccurl_message_is_done(message) != 0, let easy = ccurl_message_easy(message),
                    let transfer = active.removeValue(forKey: easy)
                else { continue }
                let result = ccurl_message_result(message)
                curl_multi_remove_handle(multi, easy)
                switch transfer.finish(result: result) {
                case .success(let response): transfer.continuation?.resume(returning: response)
                case .failure(let error): transfer.continuation?.resume(throwing: error)
                }
                transfer.continuation = nil
            }
            curl_multi_poll(multi, nil, 0, 1000, nil)
        }
        curl_multi_cleanup(multi)
    }

    private func cancelled(_ transfer: CurlTransfer) -> HTTPClientError {
        HTTPClientError(code: .cancelled, url: URLRedaction.redact(transfer.request.url), message: "the transfer was cancelled")
    }
}

/// curl_global_init, once per process (libcurl reference-counts it; never cleaned up while Foundation may use curl).
private let curlGlobalInit: Void = {
    curl_global_init(Int(CURL_GLOBAL_ALL))
}()
