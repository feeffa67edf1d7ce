/// The formats an export is written in.
public enum ExportFormat: String, Codable, Sendable, CaseIterable, Hashable {
    /// One row per work, for spreadsheets (RFC 4180, UTF-8).
    case csv
    /// One row per source record, with its work id.
    case csvRecords = "csv-records"
    /// One normalized record per line, with its work id, its links and the provenance of every field.
    case jsonl
    /// One Linked Art JSON-LD document (a `HumanMadeObject`) per source record, one per line.
    case linkedArt = "linked-art"
    /// A IIIF Presentation 3 Collection of the works' manifests.
    case iiif
    /// One row per link between records, in the format `oeuvre evaluate --gold` reads.
    case linksCSV = "links-csv"
    /// The works and their typed relations as a GraphML graph.
    case graphml

    /// The media type of the output, for an HTTP response.
    public var mediaType: String {
        switch self {
        case .csv, .csvRecords, .linksCSV: "text/csv; charset=utf-8"
        case .jsonl: "application/x-ndjson"
        case .linkedArt: "application/x-ndjson; profile=\"https://linked.art/ns/v1/linked-art.json\""
        case .iiif: "application/ld+json; profile=\"http://iiif.io/api/presentation/3/context.json\""
        case .graphml: "application/graphml+xml"
        }
    }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .csv, .csvRecords, .linksCSV: "csv"
        case .jsonl, .linkedArt: "jsonl"
        case .iiif: "json"
        case .graphml: "graphml"
        }
    }

    /// The valid names, for usage errors.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
