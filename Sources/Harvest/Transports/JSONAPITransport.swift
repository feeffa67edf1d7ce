import Foundation
import Model
import Store

/// Paged JSON search APIs (the Europeana Search API and museum APIs like it): cursor paging where the API
/// returns a next cursor, else page/offset paging with `start`.
public struct JSONAPITransport: HarvestTransport {
    struct State: Codable {
        var cursor: String?
        var start: Int
        var pages: Int
        var done: Bool
    }

    public init() {}

    public func nextPage(after checkpoint: String?, context: HarvestContext) async throws -> TransportPage? {
        let parameters = context.source.parameters
        var state = CheckpointCoding.decode(State.self, checkpoint) ?? State(cursor: parameters.cursorParameter != nil ? "*" : nil, start: 1, pages: 0, done: false)
        if state.done { return nil }
        let rows = parameters.pageSize ?? 100
        var query: [(String, String)] = []
        if let text = parameters.query { query.append(("query", try QueryText.resolve(text))) }
        query.append(("rows", String(rows)))
        if let cursorParameter = parameters.cursorParameter, let cursor = state.cursor {
            query.append((cursorParameter, cursor))
        } else {
            query.append(("start", String(state.start)))
        }
        if let keyParameter = parameters.apiKeyParameter, let key = context.apiKey { query.append((keyParameter, key)) }
        let url = OAIPMHTransport.url(context.source.endpoint, query)
        let response = try await context.fetcher.fetch(HTTPRequest(url: url, headers: ["Accept": "application/json"]), check: JSONPath.check)
        let page = try JSONPath.parse(response.body)
        let items = (JSONPath.value(parameters.itemsPath ?? "items", in: page) as? [Any]) ?? []
        var records: [RawRecord] = []
        var quarantined: [QuarantineEntry] = []
        for (index, item) in items.enumerated() {
            guard let id = JSONPath.string(parameters.idPath ?? "id", in: item) else {
                quarantined.append(QuarantineEntry(
                    key: RecordKey(source: context.source.id, recordID: "page-\(state.pages + 1)-item-\(index + 1)"), stage: "harvest",
                    field: parameters.idPath ?? "id", reason: "the item has no identifier at '\(parameters.idPath ?? "id")'; set parameters.id_path", value: nil))
                continue
            }
            records.append(RawRecord(key: RecordKey(source: context.source.id, recordID: id), datestamp: nil, content: try JSONPath.canonicalBytes(item), mediaType: "application/json", url: nil))
        }
        state.pages += 1
        let total = JSONPath.string("totalResults", in: page).flatMap { Int($0) }
        if parameters.cursorParameter != nil {
            let next = JSONPath.string(parameters.nextCursorPath ?? "nextCursor", in: page)
            state.cursor = next
            state.done = next == nil || items.isEmpty
        } else {
            state.start += items.count
            state.done = items.isEmpty || items.count < rows || (total.map { state.start > $0 } ?? false)
        }
        return TransportPage(records: records, quarantined: quarantined, checkpoint: CheckpointCoding.encode(state), bytes: response.byteCount, total: total)
    }
}

/// A query given inline or as `@FILE`.
public enum QueryText {
    public static func resolve(_ text: String) throws -> String {
        guard text.hasPrefix("@") else { return text }
        let path = String(text.dropFirst())
        guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw HarvestError(code: .configuration, source: "query", message: "cannot read the query file \(path)")
        }
        return contents
    }
}
