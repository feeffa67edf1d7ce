import Model

/// What every writer may state: the request, the provenance as known when the export begins, the URIs to mint.
struct ExportContext: Sendable {
    var request: ExportRequest
    var provenance: ExportProvenance
    var uris: ExportURIs
    /// The sources by id, for endpoints.
    var sources: [String: ExportProvenance.Source]
}
