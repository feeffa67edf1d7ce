import Foundation

/// The fixture OAI-PMH/HTTP server (Tests/Servers/oai_server.py) as a child process on 127.0.0.1.
///
/// Started per test with its own data; stopped when the value is released.
final class LocalServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    var baseURL: String { "http://127.0.0.1:\(port)" }
    var oaiURL: String { "\(baseURL)/oai" }

    init(arguments: [String]) throws {
        let script = Fixtures.packageRoot.appendingPathComponent("Tests/Servers/oai_server.py").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--port", "0", "--exit-with-parent"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read until the server says where it listens.
        var buffer = Data()
        let handle = output.fileHandleForReading
        let deadline = Date().addingTimeInterval(60)
        var found: Int?
        while found == nil, Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            let text = String(decoding: buffer, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("LISTENING ") }) {
                found = Int(line.dropFirst("LISTENING ".count).trimmingCharacters(in: .whitespaces))
            }
        }
        guard let found else {
            process.terminate()
            throw TestServerError(message: "the fixture server did not start: \(String(decoding: buffer, as: UTF8.self))")
        }
        port = found
    }

    deinit {
        // SIGKILL: the test runner's threads block SIGTERM, and a child inherits that mask.
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Sends a control request (JSON body) to the server.
    @discardableResult
    func control(_ path: String, _ body: [String: Any]? = nil) throws -> Data {
        let url = "\(baseURL)/control/\(path)"
        guard let body else { return try Self.curl(["-s", url]) }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
        return try Self.curl(["-s", "-X", "POST", "-H", "Content-Type: application/json", "--data-binary", json, url])
    }

    func stats() throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: control("stats")) as? [String: Any]) ?? [:]
    }

    /// Control calls go through curl's command line tool, so they do not depend on the code under test.
    private static func curl(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}

struct TestServerError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
