import Foundation
import Model
import Store

/// SPARQL SELECT against an endpoint such as Wikidata's, JSON results, paged with LIMIT/OFFSET.
///
/// Rows are grouped into one record per value of the first variable (the item); the rows of the last item of a page
/// are carried into the next page so an item split across pages is stored whole. Queries should ORDER BY the item.
public struct SPARQLTransport: HarvestTransport {
    struct State: Codable {
        var offset: Int
        var pages: Int
        var done: Bool
        /// The last item's rows, carried to the next page (JSON).
        var carryItem: String?
        var carryRows: String?
    }

    public init() {}

    public func nextPage(after checkpoint: String?, context: HarvestContext) async throws -> TransportPage? {
        var state = CheckpointCoding.decode(State.self, checkpoint) ?? State(offset: 0, pages: 0, done: false)
        if state.done { return nil }
        guard let text = context.source.parameters.query else {
            throw HarvestError(code: .configuration, source: context.source.id, message: "a SPARQL source needs parameters.query (the SELECT query, inline or @FILE)")
        }
        let limit = context.source.parameters.pageSize ?? 1000
        let query = try QueryText.resolve(text) + "\nLIMIT \(limit) OFFSET \(state.offset)"
        let url = OAIPMHTransport.url(context.source.endpoint, [("query", query), ("format", "json")])
        let response = try await context.fetcher.fetch(HTTPRequest(url: url, headers: ["Accept": "application/sparql-results+json"]), check: JSONPath.check)
        let document = try JSONPath.parse(response.body)
        guard let variables = JSONPath.value("head.vars", in: document) as? [String], let itemVariable = variables.first,
            let rows = JSONPath.value("results.bindings", in: document) as? [[String: Any]]
        else {
            throw HarvestError(code: .badPage, source: context.source.id, url: url, message: "the response is not SPARQL JSON results (head.vars, results.bindings)")
        }
        var order: [String] = []
        var grouped: [String: [Any]] = [:]
        if let item = state.carryItem, let carried = state.carryRows.flatMap({ try? JSONPath.parse(Array($0.utf8)) }) as? [Any] {
            order.append(item)
            grouped[item] = carried
        }
        for row in rows {
            guard let item = JSONPath.string("\(itemVariable).value", in: row) else { continue }
            if grouped[item] == nil { order.append(item) }
            grouped[item, default: []].append(row)
        }
        state.offset += rows.count
        state.pages += 1
        state.done = rows.count < limit
        state.carryItem = nil
        state.carryRows = nil
        if !state.done, let last = order.last {
            order.removeLast()
            state.carryItem = last
            state.carryRows = String(decoding: try JSONPath.canonicalBytes(grouped[last] ?? []), as: UTF8.self)
        }
        let records = try order.map { item in
            RawRecord(
                key: RecordKey(source: context.source.id, recordID: item), datestamp: nil,
                content: try JSONPath.canonicalBytes(["item": item, "vars": variables, "bindings": grouped[item] ?? []] as [String: Any]),
                mediaType: "application/json", url: item)
        }
        return TransportPage(records: records, checkpoint: CheckpointCoding.encode(state), bytes: response.byteCount)
    }
}
