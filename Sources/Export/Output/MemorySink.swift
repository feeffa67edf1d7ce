/// Keeps an export in memory: for tests and for small exports an HTTP API returns whole.
public final class MemorySink: ExportSink {
    public private(set) var bytes: [UInt8] = []
    public private(set) var finished = false

    public init() {}

    public func write(_ bytes: [UInt8]) async throws {
        self.bytes.append(contentsOf: bytes)
    }

    public func finish() async throws {
        finished = true
    }

    /// The output as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
