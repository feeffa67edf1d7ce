import CCurl
import Foundation

/// Owns one curl easy handle and the state of its transfer. Used only on the multi loop's thread.
final class CurlTransfer {
    let easy: UnsafeMutableRawPointer
    let request: HTTPRequest
    let maxBytes: Int
    var continuation: CheckedContinuation<HTTPResponse, any Error>?
    private(set) var body: [UInt8] = []
    private(set) var byteCount = 0
    private(set) var limitExceeded = false
    private(set) var fileWriteFailed = false
    private var file: UnsafeMutablePointer<FILE>?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var headers: [String: String] = [:]
    private let errorBuffer: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        buffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        return buffer
    }()
    var cancelled = false

    init(request: HTTPRequest, configuration: HTTPClientConfiguration) throws {
        guard let easy = curl_easy_init() else {
            throw HTTPClientError(code: .invalidRequest, url: URLRedaction.redact(request.url), message: "libcurl could not create a transfer handle")
        }
        self.easy = easy
        self.request = request
        self.maxBytes = configuration.maxResponseBytes
        if case .file(let path) = request.destination {
            guard let file = fopen(path, "wb") else {
                curl_easy_cleanup(easy)
                throw HTTPClientError(
                    code: .invalidRequest, url: URLRedaction.redact(request.url),
                    message: "cannot write the response to \(path): \(String(cString: strerror(errno)))")
            }
            self.file = file
        }
        try configure(configuration)
    }

    deinit {
        curl_easy_cleanup(easy)
        if let headerList { curl_slist_free_all(headerList) }
        if let file { fclose(file) }
        errorBuffer.deallocate()
    }

    private func check(_ code: CURLcode, _ what: String) throws {
        guard code == CURLE_OK else {
            throw HTTPClientError(
                code: .invalidRequest, url: URLRedaction.redact(request.url),
                message: "libcurl rejected \(what): \(String(cString: curl_easy_strerror(code)))", curlCode: Int(code.rawValue))
        }
    }

    private func configure(_ configuration: HTTPClientConfiguration) throws {
        try check(ccurl_setopt_string(easy, CURLOPT_URL, request.url), "the URL")
        try check(ccurl_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https,file"), "allowed protocols")
        // A redirect may never lead to a local file.
        try check(ccurl_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"), "redirect protocols")
        try check(ccurl_setopt_long(easy, CURLOPT_NOSIGNAL, 1), "NOSIGNAL")
        try check(ccurl_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 1), "FOLLOWLOCATION")
        try check(ccurl_setopt_long(easy, CURLOPT_MAXREDIRS, configuration.maxRedirects), "MAXREDIRS")
        try check(ccurl_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, Int(configuration.connectTimeout * 1000)), "connect timeout")
        try check(ccurl_setopt_long(easy, CURLOPT_TIMEOUT_MS, Int(configuration.totalTimeout * 1000)), "timeout")
        try check(ccurl_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, ""), "Accept-Encoding")
        try check(ccurl_setopt_long(easy, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS)), "HTTP version")
        try check(ccurl_setopt_long(easy, CURLOPT_SSL_VERIFYPEER, 1), "TLS peer verification")
        try check(ccurl_setopt_long(easy, CURLOPT_SSL_VERIFYHOST, 2), "TLS host verification")
        try check(ccurl_setopt_string(easy, CURLOPT_USERAGENT, configuration.userAgent), "User-Agent")
        try check(ccurl_setopt_off(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(configuration.maxResponseBytes)), "MAXFILESIZE")
        try check(ccurl_setopt_ptr(easy, CURLOPT_ERRORBUFFER, errorBuffer), "ERRORBUFFER")
        for (name, value) in request.headers {
            headerList = curl_slist_append(headerList, "\(name): \(value)")
        }
        if let headerList { try check(ccurl_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList), "request headers") }
        if let body = request.body {
            try check(ccurl_setopt_off(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)), "body size")
            try body.withUnsafeBytes { raw in
                try check(ccurl_setopt_ptr(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: raw.baseAddress)), "body")
            }
        }
        if request.method != "GET" && !(request.method == "POST" && request.body != nil) {
            try check(ccurl_setopt_string(easy, CURLOPT_CUSTOMREQUEST, request.method), "method")
        }
        if request.method == "HEAD" { try check(ccurl_setopt_long(easy, CURLOPT_NOBODY, 1), "HEAD") }
        try check(ccurl_setopt_write_function(easy, curlWriteTrampoline), "write callback")
        try check(ccurl_setopt_header_function(easy, curlHeaderTrampoline), "header callback")
    }

    /// Points curl's callbacks at this object. The caller keeps it retained until the transfer ends.
    func attach(_ opaque: UnsafeMutableRawPointer) {
        _ = ccurl_setopt_ptr(easy, CURLOPT_WRITEDATA, opaque)
        _ = ccurl_setopt_ptr(easy, CURLOPT_HEADERDATA, opaque)
    }

    /// Takes a chunk of decoded body; returns false to make curl abort the transfer.
    func receive(_ chunk: UnsafeRawBufferPointer) -> Bool {
        if byteCount + chunk.count > maxBytes {
            limitExceeded = true
            return false
        }
        byteCount += chunk.count
        if let file {
            guard fwrite(chunk.baseAddress, 1, chunk.count, file) == chunk.count else {
                fileWriteFailed = true
                return false
            }
        } else {
            body.append(contentsOf: chunk)
        }
        return true
    }

    func receiveHeader(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("HTTP/") {
            headers = [:]  // a new response (after a redirect or a 100 Continue)
            return
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return }
        let name = trimmed[..<colon].lowercased()
        let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        headers[name] = value
    }

    /// Builds the response or the error once curl reports the transfer done.
    func finish(result: CURLcode) -> Result<HTTPResponse, HTTPClientError> {
        if let file {
            fclose(file)
            self.file = nil
        }
        let shownURL = URLRedaction.redact(request.url)
        if result != CURLE_OK {
            let detail = String(cString: errorBuffer).isEmpty ? String(cString: curl_easy_strerror(result)) : String(cString: errorBuffer)
            return .failure(Self.error(for: result, detail: detail, url: shownURL, limitExceeded: limitExceeded, maxBytes: maxBytes, fileWriteFailed: fileWriteFailed))
        }
        var status = 0
        _ = ccurl_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        if status == 0 && request.url.lowercased().hasPrefix("file:") { status = 200 }
        var effective: UnsafeMutablePointer<CChar>?
        _ = ccurl_getinfo_string(easy, CURLINFO_EFFECTIVE_URL, &effective)
        let url = effective.map { String(cString: $0) } ?? request.url
        var bodyFile: String?
        if case .file(let path) = request.destination { bodyFile = path }
        return .success(HTTPResponse(url: url, status: status, headers: headers, body: body, bodyFile: bodyFile, byteCount: byteCount))
    }

    static func error(
        for result: CURLcode, detail: String, url: String, limitExceeded: Bool, maxBytes: Int, fileWriteFailed: Bool
    ) -> HTTPClientError {
        let code = Int(result.rawValue)
        if limitExceeded || result == CURLE_FILESIZE_EXCEEDED {
            return HTTPClientError(
                code: .responseTooLarge, url: url,
                message: "the response is larger than the limit of \(maxBytes) bytes and was refused; raise max_response_bytes if the source really serves pages this big",
                curlCode: code)
        }
        if fileWriteFailed {
            return HTTPClientError(code: .transfer, url: url, message: "writing the response to disk failed (disk full?)", curlCode: code)
        }
        switch result {
        case CURLE_OPERATION_TIMEDOUT:
            return HTTPClientError(code: .timeout, url: url, message: "timed out (\(detail)); the server may be overloaded, try again later or raise the timeout", curlCode: code)
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return HTTPClientError(code: .connect, url: url, message: "could not connect (\(detail)); check the endpoint URL and the network", curlCode: code)
        case CURLE_TOO_MANY_REDIRECTS:
            return HTTPClientError(code: .tooManyRedirects, url: url, message: "too many redirects (\(detail)); check the endpoint URL", curlCode: code)
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT:
            return HTTPClientError(code: .invalidRequest, url: url, message: "not a URL Oeuvre can fetch (\(detail)); use http://, https:// or file://", curlCode: code)
        case CURLE_FILE_COULDNT_READ_FILE:
            return HTTPClientError(code: .invalidRequest, url: url, message: "cannot read the file (\(detail))", curlCode: code)
        default:
            return HTTPClientError(code: .transfer, url: url, message: "the transfer failed (\(detail))", curlCode: code)
        }
    }
}

/// curl write callback: hands the chunk to the ``CurlTransfer`` behind `userdata`.
let curlWriteTrampoline: curl_write_callback = { pointer, size, count, userdata in
    guard let userdata else { return 0 }
    let length = size * count
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    guard let pointer else { return length }
    return transfer.receive(UnsafeRawBufferPointer(start: pointer, count: length)) ? length : 0
}

/// curl header callback: one header line at a time.
let curlHeaderTrampoline: curl_write_callback = { pointer, size, count, userdata in
    let length = size * count
    guard let userdata, let pointer else { return length }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    let line = String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    transfer.receiveHeader(line)
    return length
}
