import Foundation

/// Paths into the repository's Tests/Fixtures (copied from shared/fixtures with their provenance in SOURCES.md).
enum Fixtures {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relative)
    }

    static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(relative)))
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// A fresh empty temporary folder, inside ``runDirectory``.
    static func temporaryDirectory() throws -> String {
        let path = (runDirectory as NSString).appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The folder that holds this test process's temporary folders; removed when the process exits.
    static let runDirectory: String = {
        let path = NSTemporaryDirectory() + "oeuvre-tests-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: path)
        atexit { try? FileManager.default.removeItem(atPath: Fixtures.runDirectory) }
        return path
    }()
}
