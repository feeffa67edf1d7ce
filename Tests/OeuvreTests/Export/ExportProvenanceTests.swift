import Foundation
@testable import Export
import Model
import Store
import Testing

/// Every export says where it came from, so it can be cited: a snapshot id that changes exactly when the data
/// does, the export time, the query, and per source the endpoint and the last harvest.
@Suite("Export provenance")
struct ExportProvenanceTests {
    @Test func provenanceNamesTheSnapshotTheQueryAndEverySourceWithItsLastHarvest() async throws {
        let fixture = try await ExportFixture.shared()
        let (bytes, provenance) = try await fixture.export(.csvRecords, query: "rubens", filters: ExportFilters(hasImage: true))
        #expect(provenance.snapshot.id.count == 16 && provenance.snapshot.id.allSatisfy(\.isHexDigit))
        #expect(provenance.snapshot.digest.count == 64 && provenance.snapshot.digest.hasPrefix(provenance.snapshot.id))
        #expect(provenance.snapshot.linkRun != nil)
        #expect(provenance.snapshot.indexGeneration == (try await fixture.index.statistics().generation))
        #expect(provenance.exportedAt == ExportFixture.exportedAt)
        #expect(provenance.query == "rubens")
        #expect(provenance.filters.hasImage)
        #expect(provenance.format == .csvRecords)
        #expect(provenance.selection == "works matching “rubens” with has:image")
        let registered = try await fixture.store.registeredSources()
        #expect(provenance.sources.map(\.id) == registered.map(\.id.rawValue))
        for source in provenance.sources {
            #expect(source.endpoint == "file:///fixtures/\(source.id)")
            #expect(source.lastHarvest != nil && source.lastSuccessfulHarvest != nil && source.lastHarvestStatus == "succeeded")
            #expect(source.recordsInStore > 0)
        }
        #expect(provenance.sources.map { $0.recordsExported ?? 0 }.reduce(0, +) == provenance.counts?.records)
        #expect(provenance.sha256 == SHA256.hex(bytes))
        #expect(provenance.bytes == bytes.count)
        let citation = provenance.citation
        #expect(citation.hasPrefix("Oeuvre \(OeuvreVersion.current), export of works matching “rubens” with has:image (csv-records), snapshot \(provenance.snapshot.id), exported 2026-01-01T00:00:00Z; sources: "))
        #expect(citation.hasSuffix("SHA-256 \(SHA256.hex(bytes))."))
        // Only the sources that contributed records are cited.
        for source in provenance.sources { #expect(citation.contains("(\(source.id), ") == ((source.recordsExported ?? 0) > 0)) }
    }

    @Test func theFileAppearsOnlyWhenCompleteAndItsSidecarBesideIt() async throws {
        let fixture = try await ExportFixture.shared()
        let folder = try Fixtures.temporaryDirectory()
        let path = folder + "/rubens works.csv"
        let sink = try FileSink(path: path)
        let provenance = try await Exporter(store: fixture.store, index: fixture.index).export(ExportRequest(query: "rubens", format: .csv), to: sink)
        try provenance.writeSidecar(for: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["rubens works.csv", "rubens works.csv.provenance.json"])
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(provenance.sha256 == SHA256.hex([UInt8](written)))
        let sidecar = try JSONCoding.decoder().decode(ExportProvenance.self, from: Data(contentsOf: URL(fileURLWithPath: path + ".provenance.json")))
        #expect(sidecar == provenance)

        let missing = #expect(throws: ExportError.self) { _ = try FileSink(path: folder + "/no such folder/x.csv") }
        #expect(missing?.code == .output)
    }

    @Test func theSnapshotStaysWhileTheDataStaysAndChangesWhenItChanges() async throws {
        let fixture = try await ExportFixture.make()
        let first = try await fixture.export(.jsonl).provenance.snapshot
        // Another export of the same data, another time, another format: the same snapshot.
        let request = ExportRequest(format: .csv)
        let again = try await Exporter(store: fixture.store, index: fixture.index).export(request, to: MemorySink()).snapshot
        #expect(again.id == first.id && again.digest == first.digest)

        // A re-harvest that changes a record changes the snapshot at once, before any link run…
        var changed = ExportRecords.cyrillic
        changed.titles[0].text = "Вакх (Бахус)"
        try await RecordStore.put([changed], into: fixture.store)
        _ = try await fixture.index.update()
        let afterHarvest = try await fixture.export(.jsonl).provenance.snapshot
        #expect(afterHarvest.id != first.id)

        // …and a link run over new records changes it again.
        try await RecordStore.put([LinkRecords.record("hand", "pendant-1", title: "Portret van Helena Fourment", language: "nl")], into: fixture.store)
        try await ExportFixture.link(fixture.store)
        _ = try await fixture.index.update()
        let afterLink = try await fixture.export(.jsonl).provenance
        #expect(afterLink.snapshot.id != afterHarvest.id)
        #expect(afterLink.snapshot.linkRun?.id != first.linkRun?.id)
        #expect(afterLink.snapshot.indexGeneration > first.indexGeneration)
    }

    @Test func formatsWithRoomForMetadataCarryTheProvenanceInside() async throws {
        let fixture = try await ExportFixture.shared()
        let (iiif, provenance) = try await fixture.export(.iiif, query: "rubens")
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(iiif)) as? [String: Any])
        let metadata = try #require(collection["metadata"] as? [[String: [String: [String]]]])
        let entries = Dictionary(uniqueKeysWithValues: metadata.compactMap { entry in entry["label"]?["en"]?.first.flatMap { label in entry["value"]?["none"]?.first.map { (label, $0) } } })
        #expect(entries["Snapshot"] == provenance.snapshot.id)
        #expect(entries["Exported"] == "2026-01-01T00:00:00Z")
        #expect(entries["Query"] == "rubens")
        #expect(entries["Source kmska"]?.hasPrefix("Koninklijk Museum voor Schone Kunsten Antwerpen — file:///fixtures/kmska — last harvest ") == true)
        #expect((collection["summary"] as? [String: [String]])?["en"]?.first?.contains(provenance.snapshot.id) == true)

        let (graphml, _) = try await fixture.export(.graphml, query: "rubens")
        let text = String(decoding: graphml, as: UTF8.self)
        #expect(text.contains("<data key=\"g_snapshot\">\(provenance.snapshot.id)</data>"))
        #expect(text.contains("<data key=\"g_query\">rubens</data>"))
        #expect(text.contains("<data key=\"g_exported_at\">2026-01-01T00:00:00Z</data>"))
    }
}
