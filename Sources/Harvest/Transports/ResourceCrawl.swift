import Foundation
import Model
import Store

/// A resumable crawl over JSON resources: lists (collections, activity pages) to expand and objects to fetch.
/// Used by the IIIF and Linked Art transports; its state is the checkpoint.
struct ResourceCrawl: Codable {
    struct Object: Codable {
        var url: String
        var deleted: Bool
    }

    var lists: [String]
    var objects: [Object]
    var visited: Set<String>
    var pages: Int

    init(start: String) {
        lists = [start]
        objects = []
        visited = []
        pages = 0
    }

    /// Objects fetched per page, in parallel up to the source's connections.
    static let objectsPerPage = 50

    /// Expands lists until objects are waiting, then fetches a page of them. `expand` turns a list document into
    /// more lists and objects.
    mutating func nextPage(
        context: HarvestContext,
        expand: (String, Any) throws -> (lists: [String], objects: [Object])
    ) async throws -> TransportPage? {
        var bytes = 0
        while objects.isEmpty, let list = lists.first {
            lists.removeFirst()
            guard !visited.contains(list) else { continue }
            visited.insert(list)
            let response = try await context.fetcher.fetch(HTTPRequest(url: list, headers: ["Accept": "application/ld+json, application/json"]), check: JSONPath.check)
            bytes += response.byteCount
            let found = try expand(list, try JSONPath.parse(response.body))
            lists.append(contentsOf: found.lists)
            objects.append(contentsOf: found.objects)
        }
        if objects.isEmpty && lists.isEmpty && bytes == 0 { return nil }
        let batch = Array(objects.prefix(Self.objectsPerPage))
        objects.removeFirst(batch.count)
        var records: [RawRecord] = []
        var quarantined: [QuarantineEntry] = []
        let source = context.source
        let fetched = try await withThrowingTaskGroup(of: (Int, HTTPResponse?).self) { group in
            var results: [(Int, HTTPResponse?)] = []
            var next = 0
            let width = max(1, source.politeness.parallelConnections)
            func add() {
                guard next < batch.count else { return }
                let index = next
                let object = batch[index]
                next += 1
                if object.deleted {
                    group.addTask { (index, nil) }
                } else {
                    group.addTask { (index, try await ConditionalFetch.fetch(object.url, context: context)) }
                }
            }
            for _ in 0..<width { add() }
            for try await result in group {
                results.append(result)
                add()
            }
            return results.sorted { $0.0 < $1.0 }
        }
        for (index, response) in fetched {
            let object = batch[index]
            let key = RecordKey(source: source.id, recordID: object.url)
            if object.deleted {
                records.append(RawRecord(key: key, datestamp: nil, deleted: true, content: [], mediaType: source.format.mediaType))
                continue
            }
            guard let response else { continue }  // 304: unchanged
            bytes += response.byteCount
            do {
                let document = try JSONPath.parse(response.body)
                records.append(RawRecord(key: key, datestamp: response.header("Last-Modified"), content: try JSONPath.canonicalBytes(document), mediaType: source.format.mediaType, url: object.url))
            } catch {
                quarantined.append(QuarantineEntry(key: key, stage: "harvest", field: nil, reason: "the resource is not JSON: \(error)", value: nil))
            }
        }
        pages += 1
        return TransportPage(records: records, quarantined: quarantined, checkpoint: CheckpointCoding.encode(self), bytes: bytes)
    }
}
