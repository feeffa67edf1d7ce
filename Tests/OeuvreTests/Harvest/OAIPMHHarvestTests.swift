import Foundation
import Harvest
import Model
import Store
import Testing

@Suite("OAI-PMH harvest against a real local repository")
struct OAIPMHHarvestTests {
    @Test func harvestsEveryRecordAcrossResumptionTokenPages() async throws {
        let fixture = try HarvestFixture()
        let result = await fixture.harvest()
        #expect(result.succeeded, "\(result.error ?? "")")
        #expect(result.counts.added == 6)
        #expect(result.counts.pages == 3)
        #expect(try await fixture.storedIDs() == HarvestFixture.fixtureIDs)
        let stored = try #require(try await fixture.store.rawRecord(RecordKey(source: "fixture", recordID: "oai:oeuvre.test:kmska_257_lido_origin")))
        let text = String(decoding: stored.record.content, as: UTF8.self)
        #expect(text.contains("Annunciatie"))
        #expect(text.hasPrefix("<lido:lido") || text.contains("<lido:lido"))
        // The stored record is a standalone document: it declares its namespaces and parses alone.
        #expect(try XMLTree(bytes: stored.record.content).root?.localName == "lido")
        #expect(stored.record.contentHash == SHA256.hex(stored.record.content))
    }

    @Test func anIncrementalRunPicksUpOnlyChangesAndDeletions() async throws {
        let fixture = try HarvestFixture()
        #expect(await fixture.harvest().succeeded)
        let before = try #require(try await fixture.store.rawRecord(RecordKey(source: "fixture", recordID: "oai:oeuvre.test:mskgent_1829-A_lido_origin")))
        try fixture.server.control("update", ["id": "oai:oeuvre.test:kmska_257_lido_origin", "title_suffix": " (herzien)"])
        try fixture.server.control("delete", ["id": "oai:oeuvre.test:mskgent_S-87_lido_2017"])
        let listRequestsBefore = try Self.listRecordsRequests(fixture)
        let second = await fixture.harvest()
        #expect(second.succeeded)
        #expect(second.counts.changed == 1)
        #expect(second.counts.deleted == 1)
        #expect(second.counts.added == 0)
        #expect(second.counts.unchanged == 0, "the incremental run fetched records that did not change")
        #expect(try Self.listRecordsRequests(fixture) == listRequestsBefore + 1, "the changes did not come in one incremental page")
        let changed = try #require(try await fixture.store.rawRecord(RecordKey(source: "fixture", recordID: "oai:oeuvre.test:kmska_257_lido_origin")))
        #expect(String(decoding: changed.record.content, as: UTF8.self).contains("Annunciatie (herzien)"))
        let deleted = try #require(try await fixture.store.rawRecord(RecordKey(source: "fixture", recordID: "oai:oeuvre.test:mskgent_S-87_lido_2017")))
        #expect(deleted.record.deleted)
        // An untouched record was not rewritten.
        let after = try #require(try await fixture.store.rawRecord(RecordKey(source: "fixture", recordID: "oai:oeuvre.test:mskgent_1829-A_lido_origin")))
        #expect(after.fetchedAt == before.fetchedAt)
    }

    static func listRecordsRequests(_ fixture: HarvestFixture) throws -> Int {
        (try fixture.server.stats()["by_verb"] as? [String: Any])?["ListRecords"] as? Int ?? 0
    }

    @Test func aFullHarvestSweepsIdentifiersWhereTheRepositoryKeepsNoDeletions() async throws {
        let fixture = try HarvestFixture(serverArguments: ["--records-dir", Fixtures.url("datahub-vkc").path, "--page-size", "2", "--deleted-record", "no"])
        #expect(await fixture.harvest(full: true).succeeded)
        try fixture.server.control("delete", ["id": "oai:oeuvre.test:kmska_257-260_lido_origin"])
        let second = await fixture.harvest(full: true)
        #expect(second.succeeded)
        #expect(second.counts.deleted == 1)
        let gone = try #require(try await fixture.store.rawRecord(RecordKey(source: "fixture", recordID: "oai:oeuvre.test:kmska_257-260_lido_origin")))
        #expect(gone.withdrawn)
        let status = try #require(try await fixture.store.status().first)
        #expect(status.rawRecords == 5)
    }

    @Test func noRecordsMatchIsAnEmptySuccess() async throws {
        let fixture = try HarvestFixture()
        let result = await fixture.harvest(fixture.source(set: "institution:nowhere"))
        #expect(result.succeeded)
        #expect(result.counts.added == 0)
    }

    @Test func anUnknownMetadataPrefixGivesAClearError() async throws {
        let fixture = try HarvestFixture()
        let result = await fixture.harvest(fixture.source(prefix: "marc21"))
        #expect(!result.succeeded)
        let error = try #require(result.error)
        #expect(error.contains("source fixture"))
        #expect(error.contains("cannotDisseminateFormat"))
        #expect(error.contains("metadata_prefix"))
    }

    @Test func theEarliestDatestampIsNotUsedAsALowerBound() async throws {
        // The server reports "now" as earliestDatestamp, like the Flemish datahub; every record is older.
        let fixture = try HarvestFixture()
        #expect(await fixture.harvest().counts.added == 6)
    }

    @Test func aMalformedRecordIsQuarantinedAndTheRunGoesOn() async throws {
        let fixture = try HarvestFixture()
        try fixture.fault("malformed_record")
        let result = await fixture.harvest()
        #expect(result.succeeded)
        #expect(result.counts.quarantined == 1)
        #expect(result.counts.added == 5)
        let entry = try #require(try await fixture.store.quarantine(source: "fixture").first)
        #expect(entry.stage == "harvest")
        #expect(entry.reason.contains("lidoRecID"))
        #expect(entry.key.recordID.hasPrefix("oai:oeuvre.test:"))
        // Delivered well-formed again, the record is stored and leaves the quarantine.
        let again = await fixture.harvest(full: true)
        #expect(again.counts.added == 1)
        #expect(try await fixture.store.quarantine(source: "fixture").isEmpty)
    }

    @Test func aThirdPartyClientReadsTheSameServer() throws {
        // sickle (PyPI) harvests the fixture server: it speaks real OAI-PMH, not our own dialect.
        let python = ProcessInfo.processInfo.environment["OEUVRE_PYTHON"] ?? Fixtures.packageRoot.appendingPathComponent(".venv/bin/python").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Fixtures.packageRoot.appendingPathComponent("Tests/Servers/check_with_sickle.py").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" passed, 0 failed"))
    }
}
