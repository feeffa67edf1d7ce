import Foundation
import Model

/// IIIF Presentation 2 and 3: crawls a collection (and its sub-collections) to its manifests; each manifest is a record.
public struct IIIFTransport: HarvestTransport {
    public init() {}

    public func nextPage(after checkpoint: String?, context: HarvestContext) async throws -> TransportPage? {
        var crawl = CheckpointCoding.decode(ResourceCrawl.self, checkpoint) ?? ResourceCrawl(start: context.source.endpoint)
        return try await crawl.nextPage(context: context) { url, document in
            Self.expand(url: url, document: document)
        }
    }

    static func expand(url: String, document: Any) -> (lists: [String], objects: [ResourceCrawl.Object]) {
        guard let object = document as? [String: Any] else { return ([], []) }
        let type = (object["type"] ?? object["@type"]) as? String ?? ""
        if type.hasSuffix("Manifest") {
            return ([], [ResourceCrawl.Object(url: (object["id"] ?? object["@id"]) as? String ?? url, deleted: false)])
        }
        var lists: [String] = []
        var manifests: [ResourceCrawl.Object] = []
        func reference(_ value: Any) -> (String, String)? {
            guard let item = value as? [String: Any], let id = (item["id"] ?? item["@id"]) as? String else { return nil }
            return (id, (item["type"] ?? item["@type"]) as? String ?? "")
        }
        // Presentation 3: items with types; Presentation 2: collections, manifests, members.
        let members = (object["items"] as? [Any] ?? []) + (object["members"] as? [Any] ?? [])
        for (id, kind) in members.compactMap(reference) {
            if kind.hasSuffix("Collection") { lists.append(id) } else if kind.hasSuffix("Manifest") { manifests.append(.init(url: id, deleted: false)) }
        }
        lists += (object["collections"] as? [Any] ?? []).compactMap(reference).map(\.0)
        manifests += (object["manifests"] as? [Any] ?? []).compactMap(reference).map { .init(url: $0.0, deleted: false) }
        return (lists, manifests)
    }
}
