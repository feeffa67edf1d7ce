import Foundation
import Harvest
import Model
import Store
import Testing

@Suite("Harvest faults, each against the real local server")
struct HarvestFaultTests {
    @Test func a503WithRetryAfterIsRetried() async throws {
        let fixture = try HarvestFixture()
        try fixture.fault("503", extra: ["verb": "ListRecords"])
        let started = Date()
        let result = await fixture.harvest()
        #expect(result.succeeded)
        #expect(result.counts.added == 6)
        #expect(Date().timeIntervalSince(started) >= 0.9, "Retry-After: 1 was not honoured")
        #expect(try fixture.server.stats()["faults_served"] as? Int == 1)
    }

    @Test func a429IsRetried() async throws {
        let fixture = try HarvestFixture()
        try fixture.fault("429", count: 2)
        let result = await fixture.harvest()
        #expect(result.succeeded)
        #expect(result.counts.added == 6)
    }

    @Test func aConnectionResetMidBodyIsRetried() async throws {
        let fixture = try HarvestFixture()
        try fixture.fault("reset", extra: ["verb": "ListRecords", "after_requests": 1])
        let result = await fixture.harvest()
        #expect(result.succeeded, "\(result.error ?? "")")
        #expect(result.counts.added == 6)
    }

    @Test func aStalledServerTimesOutAndIsRetried() async throws {
        let fixture = try HarvestFixture()
        try fixture.fault("stall", extra: ["verb": "ListRecords", "seconds": 20])
        let result = await fixture.harvest(fixture.source(timeout: 1))
        #expect(result.succeeded, "\(result.error ?? "")")
        #expect(result.counts.added == 6)
    }

    @Test func anHTMLPageWithStatus200IsRetried() async throws {
        let fixture = try HarvestFixture()
        try fixture.fault("html200", extra: ["verb": "ListRecords"])
        let result = await fixture.harvest()
        #expect(result.succeeded)
        #expect(result.counts.added == 6)
    }

    @Test func truncatedXMLIsRetried() async throws {
        let fixture = try HarvestFixture()
        try fixture.fault("truncated", extra: ["verb": "ListRecords", "after_requests": 1])
        let result = await fixture.harvest()
        #expect(result.succeeded)
        #expect(result.counts.added == 6)
    }

    @Test func aPageThatStaysBrokenStopsTheRunWithoutLosingCommittedPages() async throws {
        let fixture = try HarvestFixture()
        // The second page has invalid bytes on every try.
        try fixture.fault("invalid_bytes_record", count: 10, extra: ["verb": "ListRecords", "after_requests": 1])
        let result = await fixture.harvest(fixture.source(maxTries: 2))
        #expect(!result.succeeded)
        let error = try #require(result.error)
        #expect(error.contains("source fixture"))
        #expect(error.contains("127.0.0.1"))
        #expect(error.contains("gave up after 2 tries"))
        #expect(error.contains("not OAI-PMH XML"))
        // The first page stays committed.
        #expect(try await fixture.storedIDs().count == 2)
        let run = try #require(try await fixture.store.runs(source: "fixture").last)
        #expect(run.status == .failed)
        // Once the server is healthy again the next run gets everything.
        try fixture.server.control("reset", [:])
        let again = await fixture.harvest()
        #expect(again.succeeded, "\(again.error ?? "")")
        #expect(try await fixture.storedIDs() == HarvestFixture.fixtureIDs)
    }

    @Test func aBadResumptionTokenRestartsTheList() async throws {
        let fixture = try HarvestFixture()
        try fixture.fault("badResumptionToken")
        let result = await fixture.harvest()
        #expect(result.succeeded, "\(result.error ?? "")")
        #expect(try await fixture.storedIDs() == HarvestFixture.fixtureIDs)
    }

    @Test func gzipEncodedResponsesAreRead() async throws {
        let fixture = try HarvestFixture()
        try fixture.server.control("gzip", ["mode": "force"])
        let result = await fixture.harvest()
        #expect(result.succeeded)
        #expect(result.counts.added == 6)
    }

    @Test func aKilledHarvestResumesAndEndsWithEveryRecordExactlyOnce() async throws {
        let server = try LocalServer(arguments: ["--generate", "400", "--page-size", "10"])
        let data = try Fixtures.temporaryDirectory()
        let binary = Fixtures.packageRoot.appendingPathComponent(".build/debug/oeuvre").path
        let arguments = [
            "harvest", "--data", data, "--endpoint", server.oaiURL, "--protocol", "oai-pmh", "--metadata-prefix", "lido",
            // Two pages a second: the harvest takes 20 s, so the kill lands mid-way even on a loaded machine.
            "--format", "lido", "--name", "killed", "--requests-per-second", "2",
        ]
        let first = Process()
        first.executableURL = URL(fileURLWithPath: binary)
        first.arguments = arguments
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        // Let it commit some pages, then kill -9 in the middle.
        let store = try OeuvreStore(path: data + "/oeuvre.sqlite")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, (try await store.status().first?.rawRecords ?? 0) < 30 { try await Task.sleep(nanoseconds: 20_000_000) }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let interrupted = try #require(try await store.runs(source: "killed").last)
        #expect(interrupted.status == .running)
        #expect(interrupted.counts.added < 400)
        #expect(interrupted.counts.added > 0)

        let second = Process()
        second.executableURL = URL(fileURLWithPath: binary)
        second.arguments = arguments
        second.standardOutput = FileHandle.nullDevice
        second.standardError = FileHandle.nullDevice
        try second.run()
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        let runs = try await store.runs(source: "killed")
        #expect(runs.count == 1, "the second invocation did not resume the interrupted run")
        let run = try #require(runs.last)
        #expect(run.status == .succeeded)
        // Every record exactly once: 400 distinct ids stored, and the run added each once.
        let ids = try await store.rawRecordHashes(source: "killed")
        #expect(ids.count == 400)
        #expect(run.counts.added == 400)
        #expect(run.counts.pages <= 41 + 1)
    }
}
