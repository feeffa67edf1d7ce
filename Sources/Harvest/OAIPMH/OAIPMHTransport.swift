import Foundation
import Logging
import Model
import Store

/// OAI-PMH 2.0: Identify, ListRecords with resumption tokens, incremental `from`, deleted records, and for full
/// harvests of repositories without deleted-record support a ListIdentifiers sweep that finds withdrawn records.
public struct OAIPMHTransport: HarvestTransport {
    /// The next ListRecords page, fetched while the current one is parsed.
    private let ahead = PageAhead()

    public init() {}

    public func nextPage(after checkpointText: String?, context: HarvestContext) async throws -> TransportPage? {
        var checkpoint = OAICheckpoint.decode(checkpointText)
        switch checkpoint.phase {
        case .done:
            return nil
        case .sweep:
            return try await sweep(checkpoint: checkpoint, context: context)
        case .records:
            break
        }
        let identify: OAIIdentify
        if let granularity = checkpoint.granularity, let deletedRecord = checkpoint.deletedRecord {
            identify = OAIIdentify(granularity: granularity, deletedRecord: deletedRecord)
        } else {
            identify = try await self.identify(context: context)
            checkpoint.granularity = identify.granularity
            checkpoint.deletedRecord = identify.deletedRecord
        }
        let prefix = context.source.parameters.metadataPrefix ?? defaultPrefix(for: context.source.format)
        let window = checkpoint.windows?.first ?? OAIWindow(from: context.from, until: context.until)
        var query: [(String, String)]
        if let token = checkpoint.token {
            query = [("verb", "ListRecords"), ("resumptionToken", token)]
        } else {
            query = [("verb", "ListRecords"), ("metadataPrefix", prefix)]
            if let set = context.source.parameters.set { query.append(("set", set)) }
            if let from = window.from { query.append(("from", identify.format(from))) }
            if let until = window.until { query.append(("until", identify.format(until))) }
        }
        let pageNumber = checkpoint.pages + 1
        let page: OAIPage
        let bytes: Int
        do {
            (page, bytes) = try await fetchPage(query: query, pageNumber: pageNumber, context: context)
        } catch let error as HarvestError where (error.code == .badPage || error.code == .httpStatus) && window.from != nil {
            return bisect(window, after: error, checkpoint: checkpoint, identify: identify, context: context)
        }

        if let code = page.errorCode {
            switch code {
            case "noRecordsMatch":
                return TransportPage(records: [], checkpoint: finish(checkpoint, identify: identify, context: context).encoded(), bytes: bytes, total: 0)
            case "badResumptionToken" where checkpoint.token != nil && checkpoint.restarts < 3:
                context.logger.warning("the repository refused the resumption token; restarting the list", metadata: ["source.id": "\(context.source.id)"])
                checkpoint.token = nil
                checkpoint.restarts += 1
                return TransportPage(records: [], checkpoint: checkpoint.encoded(), bytes: bytes)
            default:
                throw protocolError(code: code, message: page.errorMessage, prefix: prefix, context: context)
            }
        }
        var records: [RawRecord] = []
        var quarantined: [QuarantineEntry] = []
        records.reserveCapacity(page.records.count)
        let getRecordBase = Self.url(context.source.endpoint, [("verb", "GetRecord"), ("metadataPrefix", prefix)]) + "&identifier="
        for (index, record) in page.records.enumerated() {
            guard let identifier = record.header.identifier, !identifier.isEmpty else {
                quarantined.append(QuarantineEntry(
                    key: RecordKey(source: context.source.id, recordID: "page-\(pageNumber)-record-\(index + 1)"), stage: "harvest",
                    field: "header/identifier", reason: "the OAI-PMH record has no identifier; it cannot be stored", value: nil))
                continue
            }
            let key = RecordKey(source: context.source.id, recordID: identifier)
            if record.header.deleted {
                records.append(RawRecord(key: key, datestamp: record.header.datestamp, deleted: true, content: [], mediaType: context.source.format.mediaType))
                continue
            }
            guard let metadata = record.metadata else {
                quarantined.append(QuarantineEntry(key: key, stage: "harvest", field: "metadata", reason: "the record is not deleted but has no metadata", value: nil))
                continue
            }
            if let problem = record.problem {
                quarantined.append(QuarantineEntry(key: key, stage: "harvest", field: "metadata", reason: problem, value: String(decoding: metadata.prefix(200), as: UTF8.self)))
                continue
            }
            records.append(RawRecord.unhashed(
                key: key, datestamp: record.header.datestamp, content: metadata, mediaType: context.source.format.mediaType,
                url: getRecordBase + QueryEncoding.encode(identifier)))
        }
        checkpoint.pages = pageNumber
        checkpoint.total = page.completeListSize ?? checkpoint.total
        checkpoint.cursor = page.cursor
        if let token = page.resumptionToken {
            checkpoint.token = token
        } else {
            checkpoint = finish(checkpoint, identify: identify, context: context)
        }
        var result = TransportPage(records: records, quarantined: quarantined, checkpoint: checkpoint.encoded(), bytes: bytes, total: page.completeListSize)
        result.serverTime = page.responseDate
        return result
    }

    /// A window that keeps failing is split in two and both halves are harvested; a window that cannot be split
    /// any more is quarantined with the cause, and the harvest goes on with the rest.
    private func bisect(_ window: OAIWindow, after error: HarvestError, checkpoint: OAICheckpoint, identify: OAIIdentify, context: HarvestContext) -> TransportPage {
        var next = checkpoint
        var remaining = Array((checkpoint.windows ?? [window]).dropFirst())
        var quarantined: [QuarantineEntry] = []
        if let (left, right) = window.bisected(dayGranularity: identify.dayGranularity) {
            context.logger.warning("a window keeps failing; splitting it", metadata: ["source.id": "\(context.source.id)", "window": "\(window.label)"])
            remaining.insert(contentsOf: [left, right], at: 0)
        } else {
            quarantined.append(QuarantineEntry(
                key: RecordKey(source: context.source.id, recordID: "window \(window.label)"), stage: "harvest", field: "from/until",
                reason: "the repository cannot serve the records of this window (\(error.message)); the rest was harvested. Report the window to the data provider",
                value: nil))
        }
        next.token = nil
        next.windows = remaining
        if remaining.isEmpty { next = finish(next, identify: identify, context: context) }
        return TransportPage(records: [], quarantined: quarantined, checkpoint: next.encoded(), bytes: 0)
    }

    /// After the last page of a window: the next window, or the end (sweeping identifiers when a full harvest
    /// cannot learn deletions otherwise).
    private func finish(_ checkpoint: OAICheckpoint, identify: OAIIdentify, context: HarvestContext) -> OAICheckpoint {
        var next = checkpoint
        next.token = nil
        if let windows = next.windows, windows.count > 1 {
            next.windows = Array(windows.dropFirst())
            return next
        }
        next.windows = nil
        next.phase = context.full && identify.deletedRecord == "no" && context.from == nil ? .sweep : .done
        return next
    }

    /// ListIdentifiers over the whole list: every identifier the repository still has.
    private func sweep(checkpoint: OAICheckpoint, context: HarvestContext) async throws -> TransportPage {
        let prefix = context.source.parameters.metadataPrefix ?? defaultPrefix(for: context.source.format)
        var present = Set<String>()
        var token: String?
        var bytes = 0
        var pageNumber = 0
        repeat {
            pageNumber += 1
            var query = [("verb", "ListIdentifiers")]
            if let token {
                query.append(("resumptionToken", token))
            } else {
                query.append(("metadataPrefix", prefix))
                if let set = context.source.parameters.set { query.append(("set", set)) }
            }
            let (page, size) = try await fetchPage(query: query, pageNumber: pageNumber, context: context, name: "identifiers")
            bytes += size
            if let code = page.errorCode, code != "noRecordsMatch" {
                throw protocolError(code: code, message: page.errorMessage, prefix: prefix, context: context)
            }
            for header in page.headers where !header.deleted {
                if let identifier = header.identifier { present.insert(identifier) }
            }
            token = page.resumptionToken
        } while token != nil
        var done = checkpoint
        done.phase = .done
        return TransportPage(records: [], checkpoint: done.encoded(), bytes: bytes, presentIdentifiers: present)
    }

    func identify(context: HarvestContext) async throws -> OAIIdentify {
        let url = Self.url(context.source.endpoint, [("verb", "Identify")])
        let response = try await context.fetcher.fetch(HTTPRequest(url: url), check: Self.xmlCheck)
        let tree = try XMLTree(bytes: response.body)
        guard let root = tree.root else { throw HarvestError(code: .badPage, source: context.source.id, url: url, message: "empty Identify response") }
        let xpath = try XPathEvaluator(for: root, namespaces: ["oai": OAIPageParser.oaiNamespace])
        func value(_ name: String) throws -> String? {
            try xpath.strings("string(/oai:OAI-PMH/oai:Identify/oai:\(name))", at: root).first.flatMap { $0.isEmpty ? nil : $0 }
        }
        if let code = try xpath.strings("string(/oai:OAI-PMH/oai:error/@code)", at: root).first, !code.isEmpty {
            throw HarvestError(code: .protocolError, source: context.source.id, url: url, message: "Identify failed with OAI-PMH error \(code); is the endpoint an OAI-PMH base URL?")
        }
        return OAIIdentify(
            granularity: try value("granularity") ?? "YYYY-MM-DD", deletedRecord: try value("deletedRecord") ?? "no",
            earliestDatestamp: try value("earliestDatestamp"))
    }

    /// Fetches one page into the run's page folder and parses it; a page that does not parse is fetched again.
    private func fetchPage(query: [(String, String)], pageNumber: Int, context: HarvestContext, name: String = "page") async throws -> (OAIPage, Int) {
        let url = Self.url(context.source.endpoint, query)
        let file = (context.pageDirectory as NSString).appendingPathComponent(String(format: "%@-%06d.xml", name, pageNumber))
        let prefetch = name == "page"
        // A page fetched ahead is used when it parses; otherwise it is fetched again below, with retries. The page
        // after it is fetched while it is parsed (its token is read from the end of the file first).
        if prefetch, let early = await ahead.take(url: url), let response = early.response, (200...299).contains(response.status) {
            startFetchingAhead(after: early.file, pageNumber: pageNumber, context: context)
            if let page = try? OAIPageParser.parse(file: early.file, format: context.source.format) {
                try? FileManager.default.removeItem(atPath: early.file)
                return (page, response.byteCount)
            }
        }
        let parsed = ParsedPageBox()
        let response = try await context.fetcher.fetch(HTTPRequest(url: url, destination: .file(file))) { response in
            if prefetch { startFetchingAhead(after: file, pageNumber: pageNumber, context: context) }
            do {
                parsed.page = try OAIPageParser.parse(file: file, format: context.source.format)
                return .good
            } catch {
                let contentType = response.header("Content-Type") ?? "unknown"
                return .broken("the page is not OAI-PMH XML (Content-Type \(contentType); \(error)); kept at \(file)")
            }
        }
        guard let page = parsed.page else {
            throw HarvestError(code: .badPage, source: context.source.id, url: url, message: "the page could not be read")
        }
        // The page is committed to the store next; its file is only kept when it was broken.
        try? FileManager.default.removeItem(atPath: file)
        return (page, response.byteCount)
    }

    /// Reads the resumption token from the end of a downloaded page and starts fetching the page it leads to.
    private func startFetchingAhead(after file: String, pageNumber: Int, context: HarvestContext) {
        guard let token = Self.trailingResumptionToken(file: file) else { return }
        let url = Self.url(context.source.endpoint, [("verb", "ListRecords"), ("resumptionToken", token)])
        let next = (context.pageDirectory as NSString).appendingPathComponent(String(format: "ahead-%06d.xml", pageNumber + 1))
        let fetcher = context.fetcher
        ahead.start(url: url, file: next) {
            try? await fetcher.fetch(HTTPRequest(url: url, destination: .file(next)))
        }
    }

    /// The resumption token in the last few kilobytes of a page, entities resolved; nil when there is none.
    static func trailingResumptionToken(file: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4096 ? size - 4096 : 0)
        guard let data = try? handle.readToEnd() else { return nil }
        let tail = String(decoding: data, as: UTF8.self)
        guard let open = tail.range(of: "<resumptionToken", options: .backwards),
            let close = tail.range(of: "</resumptionToken>", range: open.upperBound..<tail.endIndex),
            let tagEnd = tail.range(of: ">", range: open.upperBound..<close.lowerBound)
        else { return nil }
        let snippet = "<t>" + tail[tagEnd.upperBound..<close.lowerBound] + "</t>"
        guard let text = try? XMLTree(string: snippet).root?.trimmedText, !text.isEmpty else { return nil }
        return text
    }

    private func protocolError(code: String, message: String?, prefix: String, context: HarvestContext) -> HarvestError {
        let detail = message.map { " (\($0))" } ?? ""
        let advice: String
        switch code {
        case "cannotDisseminateFormat":
            advice = "the repository does not offer metadata prefix '\(prefix)'; list its formats with ?verb=ListMetadataFormats and set parameters.metadata_prefix"
        case "idDoesNotExist":
            advice = "the repository does not know that identifier"
        case "badArgument":
            advice = "the repository rejected the request's arguments; check set and metadata_prefix in the source definition"
        case "badResumptionToken":
            advice = "the repository kept refusing its own resumption token; run the harvest again with --full"
        case "noSetHierarchy":
            advice = "the repository has no sets; remove parameters.set"
        default:
            advice = "see the OAI-PMH specification for this error code"
        }
        return HarvestError(code: .protocolError, source: context.source.id, url: context.source.endpoint, message: "OAI-PMH error \(code)\(detail): \(advice)")
    }

    private func defaultPrefix(for format: RecordFormat) -> String {
        switch format {
        case .lido: "lido"
        case .edm: "edm"
        default: "oai_dc"
        }
    }

    static let xmlCheck: @Sendable (HTTPResponse) -> PoliteFetcher.PageCheck = { response in
        do {
            _ = try XMLTree(bytes: response.body)
            return .good
        } catch {
            return .broken("the response is not XML (\(error))")
        }
    }

    /// The base URL with percent-encoded query arguments.
    static func url(_ base: String, _ query: [(String, String)]) -> String {
        let encoded = query.map { name, value in "\(name)=\(QueryEncoding.encode(value))" }.joined(separator: "&")
        return base + (base.contains("?") ? "&" : "?") + encoded
    }
}

/// One page fetched ahead: its URL, where it is written, and the transfer.
private final class PageAhead: @unchecked Sendable {
    struct Result: Sendable {
        var response: HTTPResponse?
        var file: String
    }

    private let lock = NSLock()
    private var url: String?
    private var task: Task<Result, Never>?

    func start(url: String, file: String, fetch: @escaping @Sendable () async -> HTTPResponse?) {
        let task = Task { Result(response: await fetch(), file: file) }
        lock.withLock {
            self.task?.cancel()
            self.url = url
            self.task = task
        }
    }

    /// The page fetched ahead for `url`, if that is the one being fetched.
    func take(url: String) async -> Result? {
        let task: Task<Result, Never>? = lock.withLock {
            guard self.url == url else { return nil }
            defer {
                self.url = nil
                self.task = nil
            }
            return self.task
        }
        return await task?.value
    }
}

/// Carries the parsed page out of the fetcher's check closure.
private final class ParsedPageBox: @unchecked Sendable {
    var page: OAIPage?
}
