import Foundation
import Model
import Store
import Testing

@Suite("SQLite store")
struct StoreTests {
    static func raw(_ id: String, _ text: String, source: SourceID = "kmska") -> RawRecord {
        RawRecord(key: RecordKey(source: source, recordID: id), datestamp: "2024-01-01T00:00:00Z", content: Array(text.utf8), mediaType: "application/xml")
    }

    @Test func migratesAnEmptyFileIntoWALMode() async throws {
        let path = try Fixtures.temporaryDirectory() + "/nested/oeuvre.sqlite"
        let store = try OeuvreStore(path: path)
        let applied = try store.appliedMigrations()
        #expect(applied.count == 8)
        #expect(applied.first?.hasPrefix("v1:") == true)
        #expect(applied.last?.hasPrefix("v8:") == true)
        #expect(try store.journalMode() == "wal")
        // Opening again migrates nothing and keeps the data.
        try await store.register(SourceRegistration(id: "kmska", institution: "KMSKA", protocolName: "oai-pmh", format: "lido", endpoint: "http://x"))
        let reopened = try OeuvreStore(path: path)
        #expect(try await reopened.registeredSources().map(\.id) == ["kmska"])
    }

    @Test func aGarbageFileGivesAClearError() throws {
        let path = try Fixtures.temporaryDirectory() + "/not-a-store.sqlite"
        try String(repeating: "garbage ", count: 1000).write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try OeuvreStore(path: path)
            Issue.record("opened a garbage file")
        } catch let error as StoreError {
            #expect(error.description.contains(path))
        }
    }

    @Test func pagesCommitWithTheirCheckpointAndUnchangedRecordsAreNotRewritten() async throws {
        let store = try OeuvreStore()
        try await store.register(SourceRegistration(id: "kmska", institution: "KMSKA", protocolName: "oai-pmh", format: "lido", endpoint: "http://x"))
        let run = try await store.beginRun(source: "kmska", full: false, from: nil, until: nil)
        var counts = try await store.commit(HarvestPage(records: [Self.raw("1", "<a/>"), Self.raw("2", "<b/>")], checkpoint: "token-1", bytes: 10), to: run.id)
        #expect(counts.added == 2)
        counts = try await store.commit(HarvestPage(records: [Self.raw("1", "<a/>"), Self.raw("2", "<b changed='1'/>")], checkpoint: nil, bytes: 10), to: run.id)
        #expect(counts.unchanged == 1)
        #expect(counts.changed == 1)
        // An unfinished run is handed back for resuming, with its checkpoint.
        let resumed = try await store.beginRun(source: "kmska", full: false, from: nil, until: nil)
        #expect(resumed.id == run.id)
        #expect(resumed.checkpoint == nil)
        let deletion = RawRecord(key: RecordKey(source: "kmska", recordID: "1"), datestamp: "2024-02-01T00:00:00Z", deleted: true, content: [], mediaType: "application/xml")
        counts = try await store.commit(HarvestPage(records: [deletion], checkpoint: nil, bytes: 1), to: run.id)
        #expect(counts.deleted == 1)
        let finished = try await store.finishRun(run.id, status: .succeeded)
        #expect(finished.counts.added == 2 && finished.counts.changed == 1 && finished.counts.deleted == 1 && finished.counts.pages == 3)
        let status = try #require(try await store.status().first)
        #expect(status.rawRecords == 1)
        #expect(status.deletedRecords == 1)
        #expect(status.lastHarvest?.status == .succeeded)
    }

    @Test func twoReadersWhileOneWriterWrites() async throws {
        let path = try Fixtures.temporaryDirectory() + "/oeuvre.sqlite"
        let store = try OeuvreStore(path: path)
        try await store.register(SourceRegistration(id: "kmska", institution: "KMSKA", protocolName: "oai-pmh", format: "lido", endpoint: "http://x"))
        let run = try await store.beginRun(source: "kmska", full: true, from: nil, until: nil)
        let pages = 40
        let pageSize = 50
        try await withThrowingTaskGroup(of: [Int].self) { group in
            group.addTask {
                for page in 0..<pages {
                    let records = (0..<pageSize).map { Self.raw("\(page)-\($0)", "<r n='\(page)-\($0)'/>") }
                    try await store.commit(HarvestPage(records: records, checkpoint: "page-\(page)", bytes: 100), to: run.id)
                }
                return []
            }
            for _ in 0..<2 {
                group.addTask {
                    // A second connection to the same file, as another process would open it.
                    let reader = try OeuvreStore(path: path)
                    var seen: [Int] = []
                    for _ in 0..<60 {
                        let count = try await reader.status().first?.rawRecords ?? 0
                        seen.append(count)
                        try await Task.sleep(nanoseconds: 2_000_000)
                    }
                    return seen
                }
            }
            for try await seen in group where !seen.isEmpty {
                // Readers only ever see whole pages, and counts never go backwards.
                #expect(seen.allSatisfy { $0 % pageSize == 0 })
                #expect(seen == seen.sorted())
            }
        }
        #expect(try await store.status().first?.rawRecords == pages * pageSize)
    }
}
