import Foundation
import Model

/// Linked Art / JSON-LD: follows an Activity Streams change-discovery collection (Create, Update, Delete) or a
/// plain list of object URIs; each object is a record. Incremental runs skip activities older than `from`.
public struct LinkedArtTransport: HarvestTransport {
    public init() {}

    public func nextPage(after checkpoint: String?, context: HarvestContext) async throws -> TransportPage? {
        var crawl = CheckpointCoding.decode(ResourceCrawl.self, checkpoint) ?? ResourceCrawl(start: context.source.endpoint)
        let from = context.from
        return try await crawl.nextPage(context: context) { url, document in
            Self.expand(url: url, document: document, from: from)
        }
    }

    static func expand(url: String, document: Any, from: String?) -> (lists: [String], objects: [ResourceCrawl.Object]) {
        if let uris = document as? [Any] {
            return ([], uris.compactMap { ($0 as? String) ?? (($0 as? [String: Any])?["id"] as? String) }.map { .init(url: $0, deleted: false) })
        }
        guard let object = document as? [String: Any] else { return ([], []) }
        let type = object["type"] as? String ?? ""
        switch type {
        case "OrderedCollection", "Collection":
            let first = (object["first"] as? String) ?? ((object["first"] as? [String: Any])?["id"] as? String)
            let items = (object["orderedItems"] as? [Any] ?? object["items"] as? [Any] ?? [])
            return (first.map { [$0] } ?? [], activities(items, from: from))
        case "OrderedCollectionPage", "CollectionPage":
            let next = (object["next"] as? String) ?? ((object["next"] as? [String: Any])?["id"] as? String)
            let items = (object["orderedItems"] as? [Any] ?? object["items"] as? [Any] ?? [])
            return (next.map { [$0] } ?? [], activities(items, from: from))
        default:
            // A single object given as the endpoint.
            return ([], [.init(url: object["id"] as? String ?? url, deleted: false)])
        }
    }

    /// Activities to objects: the latest activity per object wins; Delete marks the record deleted.
    static func activities(_ items: [Any], from: String?) -> [ResourceCrawl.Object] {
        var result: [ResourceCrawl.Object] = []
        var index: [String: Int] = [:]
        for item in items {
            guard let activity = item as? [String: Any] else {
                if let uri = item as? String { result.append(.init(url: uri, deleted: false)) }
                continue
            }
            let target = (activity["object"] as? [String: Any])?["id"] as? String ?? activity["object"] as? String ?? activity["id"] as? String
            guard let url = target else { continue }
            if let from, let time = activity["endTime"] as? String, time < from { continue }
            let entry = ResourceCrawl.Object(url: url, deleted: (activity["type"] as? String) == "Delete")
            if let existing = index[url] { result[existing] = entry } else {
                index[url] = result.count
                result.append(entry)
            }
        }
        return result
    }
}
