import Foundation
import Harvest
import Testing

@Suite("HTTP client on libcurl, against a real local server")
struct HTTPClientTests {
    let server: LocalServer

    init() throws {
        server = try LocalServer(arguments: ["--records-dir", Fixtures.url("datahub-vkc").path, "--static-dir", Fixtures.url("").path])
    }

    @Test func getReturnsStatusHeadersAndBody() async throws {
        let client = HTTPClient()
        let response = try await client.get("\(server.oaiURL)?verb=Identify")
        #expect(response.status == 200)
        #expect(response.header("Content-Type")?.hasPrefix("text/xml") == true)
        #expect(response.text.contains("<repositoryName>"))
    }

    @Test func missingResourceIsA404NotAnError() async throws {
        let response = try await HTTPClient().get("\(server.baseURL)/static/no-such-file.json")
        #expect(response.status == 404)
    }

    @Test func twentyTransfersRunInParallel() async throws {
        let client = HTTPClient(configuration: {
            var configuration = HTTPClientConfiguration()
            configuration.maxConnectionsPerHost = 20
            return configuration
        }())
        // Each request takes 1 s on the server. Measured as overlap, not as total time, so a loaded machine cannot
        // fail it: how many transfers were in flight at once.
        let results = try await withThrowingTaskGroup(of: (Int, Date, Date).self) { group in
            for _ in 0..<20 {
                group.addTask {
                    let start = Date()
                    let status = try await client.get("\(server.baseURL)/slow/1").status
                    return (status, start, Date())
                }
            }
            return try await group.reduce(into: [(Int, Date, Date)]()) { $0.append($1) }
        }
        #expect(results.map(\.0) == Array(repeating: 200, count: 20))
        let events = results.flatMap { [($0.1, 1), ($0.2, -1)] }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var inFlight = 0, most = 0
        for (_, change) in events {
            inFlight += change
            most = max(most, inFlight)
        }
        #expect(most >= 10, "at most \(most) transfers overlapped")
    }

    @Test func gzipBodiesAreDecoded() async throws {
        let response = try await HTTPClient().get("\(server.baseURL)/gzip-text")
        #expect(response.header("Content-Encoding") == "gzip")
        #expect(response.text == String(repeating: "hello gzip ", count: 1000))
    }

    @Test func redirectsAreFollowedUpToTheLimit() async throws {
        var configuration = HTTPClientConfiguration()
        configuration.maxRedirects = 3
        let client = HTTPClient(configuration: configuration)
        let followed = try await client.get("\(server.baseURL)/redirect/3")
        #expect(followed.status == 200)
        #expect(followed.url.hasSuffix("/redirect/0"))
        await #expect(throws: HTTPClientError.self) { try await client.get("\(server.baseURL)/redirect/4") }
        do {
            _ = try await client.get("\(server.baseURL)/redirect/4")
        } catch let error as HTTPClientError {
            #expect(error.code == .tooManyRedirects)
            #expect(error.description.contains("/redirect/4"))
        }
    }

    @Test func aStalledServerTimesOut() async throws {
        var configuration = HTTPClientConfiguration()
        configuration.totalTimeout = 1
        let client = HTTPClient(configuration: configuration)
        do {
            _ = try await client.get("\(server.baseURL)/slow/10")
            Issue.record("expected a timeout")
        } catch let error as HTTPClientError {
            #expect(error.code == .timeout)
            #expect(error.isTransient)
            #expect(error.description.contains("timed out"))
        }
    }

    @Test func anOversizedResponseIsRefusedWithAClearError() async throws {
        var configuration = HTTPClientConfiguration()
        configuration.maxResponseBytes = 10_000
        let client = HTTPClient(configuration: configuration)
        do {
            _ = try await client.get("\(server.baseURL)/big/50000")
            Issue.record("expected the response to be refused")
        } catch let error as HTTPClientError {
            #expect(error.code == .responseTooLarge)
            #expect(error.description.contains("larger than the limit of 10000 bytes"))
        }
        // Under the limit it passes.
        #expect(try await client.get("\(server.baseURL)/big/9000").byteCount == 9000)
    }

    @Test func fileURLsAreRead() async throws {
        let path = Fixtures.url("europeana-oai/Identify_response.xml").path
        let response = try await HTTPClient().get("file://\(path)")
        #expect(response.status == 200)
        #expect(response.text.contains("https://api.europeana.eu/oai"))
    }

    @Test func aMissingFileIsAnErrorNamingTheURL() async throws {
        do {
            _ = try await HTTPClient().get("file:///nonexistent/oeuvre.xml")
            Issue.record("expected an error")
        } catch let error as HTTPClientError {
            #expect(error.description.contains("file:///nonexistent/oeuvre.xml"))
        }
    }

    @Test func bodiesCanStreamToAFile() async throws {
        let directory = try Fixtures.temporaryDirectory()
        let target = directory + "/page.xml"
        let response = try await HTTPClient().send(HTTPRequest(url: "\(server.oaiURL)?verb=ListRecords&metadataPrefix=lido", destination: .file(target)))
        #expect(response.body.isEmpty)
        #expect(response.bodyFile == target)
        let written = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(written.count == response.byteCount)
        #expect(String(decoding: written, as: UTF8.self).contains("ListRecords"))
    }

    @Test func theUserAgentNamesOeuvre() {
        #expect(HTTPClientConfiguration().userAgent.hasPrefix("Oeuvre/"))
    }

    @Test func secretsNeverAppearInErrors() async throws {
        do {
            _ = try await HTTPClient().get("http://127.0.0.1:1/search.json?query=rubens&wskey=SECRET123")
            Issue.record("expected a connection error")
        } catch let error as HTTPClientError {
            #expect(error.code == .connect)
            #expect(!error.description.contains("SECRET123"))
            #expect(error.description.contains("wskey=***"))
        }
    }
}
