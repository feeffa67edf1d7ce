import Model

/// Writes one format, work by work: a head before the first work, each work, and a tail after the last.
protocol WorkWriter {
    /// What the format reads of each work.
    var needs: WorkNeeds { get }
    /// The head (a header row, an opening element, the document's metadata).
    mutating func begin(_ context: ExportContext, into out: inout [UInt8])
    mutating func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws
    /// The tail (closing brackets or elements).
    mutating func end(_ context: ExportContext, into out: inout [UInt8])
}

/// What every writer may state: the request, the provenance as known when the export begins, the URIs to mint.
struct ExportContext: Sendable {
    var request: ExportRequest
    var provenance: ExportProvenance
    var uris: ExportURIs
    /// The sources by id, for endpoints.
    var sources: [String: ExportProvenance.Source]
}

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
