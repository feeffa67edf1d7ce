import Foundation
@testable import Export
import Link
import Model
import Search
import Store
import Testing

/// A store file with real fixture records (the golden normalized records), the linker's tricky pairs and hand-made
/// hostile records, linked by the real linker and indexed; one record is added after the link run, so it is
/// searchable and exported as a provisional work.
struct ExportFixture: Sendable {
    let store: OeuvreStore
    let index: SearchIndex
    let folder: String

    static let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
    static let exportedAt = Date(timeIntervalSince1970: 1_767_225_600)

    /// Real records of the fixtures, under keys of their sources.
    static func realRecords() throws -> [CatalogueRecord] {
        let named: [(String, String, String)] = [
            ("kmska_257_lido_origin", "kmska", "257"), ("kmska_257_lido_enriched", "vkc-enriched", "257"),
            ("kmska_257-260_lido_origin", "vkc-enriched", "257-260"), ("oai_dc_rubens", "dc", "312"), ("iiif_v3_manifest", "iiif", "312"),
            ("edm_mauritshuis_1", "europeana", "mauritshuis_1"), ("edm_mauritshuis_100", "europeana", "mauritshuis_100"),
            ("edm_mauritshuis_101", "europeana", "mauritshuis_101"), ("imagehub_mskgent_1982-N_manifest_v2", "arthub", "mskgent.be:1982-N"),
            ("wikidata_sparql_record", "wikidata", "Q-diana"), ("works_csv", "csv", "1024B"), ("groeningemuseum_0000.GRO0208.I_lido_origin", "brugge", "0000.GRO0208.I"),
            ("marburg_bildindex_botticelli_primavera_lido", "bildindex", "primavera"), ("mskgent_1829-A_lido_origin", "mskgent", "1829-A"),
            ("europeana_search_item", "europeana-api", "1024"), ("ima_turner_linkedart", "ima", "turner"),
        ]
        return try named.map { try RecordStore.golden($0.0, as: RecordKey(source: SourceID($0.1), recordID: $0.2)) }
    }

    static var linkRecords: [CatalogueRecord] {
        [LinkRecords.kmskaAdoration, LinkRecords.europeanaAdoration, LinkRecords.dresdenAdoration, LinkRecords.sketchForAdoration,
         LinkRecords.printAfterAdoration, LinkRecords.copyOfAdoration]
    }

    static func make() async throws -> ExportFixture {
        let folder = try Fixtures.temporaryDirectory()
        let store = try await RecordStore.make(try realRecords() + linkRecords + ExportRecords.linked, path: folder + "/oeuvre.sqlite")
        try await link(store)
        try await RecordStore.put([ExportRecords.late], into: store)
        let index = try SearchIndex(store: store, mappings: mappings)
        _ = try await index.update()
        return ExportFixture(store: store, index: index, folder: folder)
    }

    /// Runs the real linker over the store.
    static func link(_ store: OeuvreStore) async throws {
        let decisions = try Fixtures.temporaryDirectory()
        _ = try await LinkRunner(store: store, tables: try LinkTables.load(mappings: mappings), decisions: DecisionFile(mappings: decisions)).run()
    }

    private static let sharedTask = Task { try await ExportFixture.make() }

    /// One fixture for the tests that only read.
    static func shared() async throws -> ExportFixture {
        try await sharedTask.value
    }

    /// Exports into memory with a fixed export time.
    func export(_ format: ExportFormat, query: String = "", filters: ExportFilters = ExportFilters(), excel: Bool = false, batchSize: Int = 3) async throws -> (bytes: [UInt8], provenance: ExportProvenance) {
        let sink = MemorySink()
        let request = ExportRequest(query: query, filters: filters, format: format, options: ExportOptions(excel: excel, batchSize: batchSize, exportedAt: Self.exportedAt))
        let provenance = try await Exporter(store: store, index: index).export(request, to: sink)
        #expect(sink.finished)
        return (sink.bytes, provenance)
    }

    /// Writes bytes to a file in the fixture's folder.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The work a record is in.
    func work(of key: RecordKey) async throws -> WorkID {
        if let work = try await store.work(of: key) { return work }
        return WorkID("r:\(key)")
    }
}

/// The Python checks under Tests/Checks, run with the interpreter `OEUVRE_PYTHON` names (`.ci/run` makes a venv
/// with csv's peers pandas, pyld, rdflib, iiif-prezi3 and networkx).
enum PythonCheck {
    static var python: String {
        ProcessInfo.processInfo.environment["OEUVRE_PYTHON"] ?? Fixtures.packageRoot.appendingPathComponent(".venv/bin/python").path
    }

    /// Runs `Tests/Checks/SCRIPT FILE EXPECTED.json`; records a test failure with the script's output unless it
    /// passes.
    static func run(_ script: String, file: String, expected: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expectedPath = file + ".expected.json"
        try JSONSerialization.data(withJSONObject: expected, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            .write(to: URL(fileURLWithPath: expectedPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Fixtures.packageRoot.appendingPathComponent("Tests/Checks/\(script)").path, file, expectedPath]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            Issue.record("cannot run \(python) (set OEUVRE_PYTHON; .ci/run makes a venv with the packages): \(error)", sourceLocation: sourceLocation)
            return
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(script): \(text)", sourceLocation: sourceLocation)
        #expect(text.contains("ok: "), "\(script): \(text)", sourceLocation: sourceLocation)
    }
}
