import Foundation
import Harvest
import Model
import Store
import Testing

@Suite("A window that keeps failing is bisected")
struct WindowBisectionTests {
    @Test func theFailingRecordIsIsolatedAndTheRestHarvested() async throws {
        // 60 records, one a minute from 2024-01-01T00:00:00Z; the server cannot serve gen-25 (00:25).
        let fixture = try HarvestFixture(serverArguments: ["--generate", "60", "--page-size", "10"])
        try fixture.server.control("poison", ["id": "oai:oeuvre.test:gen-25"])
        let result = await fixture.runner.harvest(fixture.source(timeout: 60, maxTries: 1), options: HarvestOptions(from: "2024-01-01T00:00:00Z"))
        #expect(result.succeeded, "\(result.error ?? "")")
        let stored = try await fixture.storedIDs()
        #expect(stored.count == 59)
        #expect(!stored.contains("oai:oeuvre.test:gen-25"))
        let entry = try #require(try await fixture.store.quarantine(source: "fixture").first)
        #expect(entry.key.recordID.hasPrefix("window 2024-01-01T00:25:00Z"))
        #expect(entry.reason.contains("the rest was harvested"))
        // Once the repository serves the record again, the next harvest of that window gets it.
        try fixture.server.control("poison", ["id": NSNull()])
        let again = await fixture.runner.harvest(fixture.source(timeout: 60, maxTries: 1), options: HarvestOptions(from: "2024-01-01T00:20:00Z"))
        #expect(again.succeeded)
        #expect(try await fixture.storedIDs().contains("oai:oeuvre.test:gen-25"))
    }

    @Test func aFullHarvestIsNotBisectedButFailsClearly() async throws {
        let fixture = try HarvestFixture(serverArguments: ["--generate", "30", "--page-size", "10"])
        try fixture.server.control("poison", ["id": "oai:oeuvre.test:gen-15"])
        let result = await fixture.harvest(fixture.source(maxTries: 1), full: true)
        #expect(!result.succeeded)
        #expect(result.error?.contains("gave up after 1 tries") == true)
        #expect(try await fixture.storedIDs().count == 10)
    }
}
