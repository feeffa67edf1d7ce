/// The exporter's side of a sink: collects bytes into chunks of 256 KB before handing them on, and keeps their
/// SHA-256 and their number for the provenance.
struct ExportOutput {
    static let chunkSize = 256 * 1024

    private let sink: any ExportSink
    private var buffer: [UInt8] = []
    private var digest = StreamingSHA256()
    private var count = 0

    init(sink: any ExportSink) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunkSize * 2)
    }

    mutating func write(_ bytes: [UInt8]) async throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { try await flush() }
    }

    private mutating func flush() async throws {
        guard !buffer.isEmpty else { return }
        digest.update(buffer)
        count += buffer.count
        try await sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left, finishes the sink, and returns the SHA-256 (hex) and the number of bytes written.
    mutating func finish() async throws -> (sha256: String, bytes: Int) {
        try await flush()
        try await sink.finish()
        return (digest.finish(), count)
    }
}
