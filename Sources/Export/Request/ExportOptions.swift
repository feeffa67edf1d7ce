import Foundation

/// How an export is written, beyond its format.
public struct ExportOptions: Codable, Sendable, Equatable {
    /// CSV formats: begin with the byte order mark Excel needs to read UTF-8, and neutralize cells a spreadsheet would
    /// run as a formula (a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`).
    public var excel: Bool
    /// A language (`de`, `nl`) whose titles are preferred where one title is chosen for a work.
    public var language: String?
    /// The base of the URIs an export mints for works, records, generated IIIF manifests and Oeuvre's own terms
    /// (`BASE/work/ID`, `BASE/record/SOURCE/ID`, `BASE/iiif/work/ID/manifest.json`). Set it to where the export is
    /// published; the default is a reserved name that resolves nowhere.
    public var baseURI: String
    /// Works read and written per step.
    public var batchSize: Int
    /// The export time to state; nil for now (tests fix it).
    public var exportedAt: Date?

    public static let defaultBaseURI = "https://oeuvre.invalid/"

    public init(excel: Bool = false, language: String? = nil, baseURI: String = ExportOptions.defaultBaseURI, batchSize: Int = 500, exportedAt: Date? = nil) {
        self.excel = excel
        self.language = language
        self.baseURI = baseURI
        self.batchSize = batchSize
        self.exportedAt = exportedAt
    }
}
