import Model

/// The URIs an export mints, all under the request's base URI.
struct ExportURIs: Sendable {
    let base: String

    init(base: String) {
        self.base = URIText.base(base)
    }

    func work(_ id: WorkID) -> String { base + "work/" + URIText.segment(id.rawValue) }
    func record(_ key: RecordKey) -> String { base + "record/" + URIText.segment(key.source.rawValue) + "/" + URIText.segment(key.recordID) }
    func vocabulary(_ term: String) -> String { base + "vocab/" + term }
    func manifest(_ id: WorkID) -> String { base + "iiif/work/" + URIText.segment(id.rawValue) + "/manifest.json" }
    func collection(_ snapshot: String) -> String { base + "iiif/export/" + URIText.segment(snapshot) + "/collection.json" }
}
