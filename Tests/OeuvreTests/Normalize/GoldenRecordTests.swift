import Foundation
import Model
import Normalize
import Store
import Testing

@Suite("Golden normalized records from the real fixtures")
struct GoldenRecordTests {
    static let harvestedAt = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z

    @Test(arguments: GoldenCases.all)
    func fixtureNormalizesToItsGolden(_ testCase: GoldenCases.Case) throws {
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        let mapping = try MappingLoader.load(file: mappings + "/" + testCase.mapping, mappingsDirectory: mappings)
        let normalizer = RecordNormalizer(mapping: mapping, authorities: try NormalizeRunner.authorities(mappingsDirectory: mappings))
        var content = try Fixtures.bytes(testCase.fixture)
        if mapping.kind == .csv, let row = CSVRecord.firstRow(of: String(decoding: content, as: UTF8.self)) { content = row }
        let raw = RawRecord(key: RecordKey(source: "try", recordID: (testCase.fixture as NSString).lastPathComponent), datestamp: nil, content: content, mediaType: mapping.format.mediaType)
        guard case .record(let record) = normalizer.normalize(raw, harvestedAt: Self.harvestedAt) else {
            Issue.record("\(testCase.fixture) was quarantined")
            return
        }
        let actual = try JSONCoding.encoder(pretty: true).encode(record)
        // The store writes the record with its own byte writer: it must give JSONEncoder's bytes exactly.
        #expect(record.jsonText == String(decoding: try JSONCoding.encoder().encode(record), as: UTF8.self), "\(testCase.fixture): the stored JSON differs from JSONEncoder's")
        let goldenPath = Fixtures.url("golden/\(testCase.golden).json").path
        let rerecord = ProcessInfo.processInfo.environment["OEUVRE_RECORD_GOLDEN"] == "1"
        guard !rerecord, let expected = FileManager.default.contents(atPath: goldenPath) else {
            try actual.write(to: URL(fileURLWithPath: goldenPath))
            Issue.record("wrote the golden \(goldenPath); check it by hand and run the tests again")
            return
        }
        // A golden written by `oeuvre mapping try --json` ends with a newline.
        if String(decoding: expected, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) != String(decoding: actual, as: UTF8.self) {
            Issue.record("\(testCase.fixture) differs from its golden in: \(try Self.differingFields(expected, actual).joined(separator: ", "))")
        }
    }

    /// Top-level fields whose values differ, for a readable failure.
    static func differingFields(_ expected: Data, _ actual: Data) throws -> [String] {
        let a = try JSONSerialization.jsonObject(with: expected) as? [String: Any] ?? [:]
        let b = try JSONSerialization.jsonObject(with: actual) as? [String: Any] ?? [:]
        return Set(a.keys).union(b.keys).sorted().filter { key in
            let left = a[key].map { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys, .fragmentsAllowed]) } ?? nil
            let right = b[key].map { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys, .fragmentsAllowed]) } ?? nil
            return left != right
        }
    }
}
