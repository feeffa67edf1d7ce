/// The exporter's side of a sink: collects bytes into chunks of 256 KB before handing them on, and keeps their
/// SHA-256 and their number for the provenance. The digest is computed on a task of its own, fed in order through
/// a stream, so hashing the output overlaps with producing it; at most ``queueLimit`` chunks wait to be hashed, so
/// memory stays bounded when the hashing falls behind.
struct ExportOutput {
    static let chunkSize = 256 * 1024
    static let queueLimit = 8

    private let sink: any ExportSink
    private var buffer: [UInt8] = []
    private var count = 0
    private let chunks: AsyncStream<[UInt8]>.Continuation
    private var hashed: AsyncStream<Void>.Iterator
    private var queued = 0
    private let digest: Task<String, Never>

    init(sink: any ExportSink) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunkSize * 2)
        let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self)
        let (done, acknowledge) = AsyncStream.makeStream(of: Void.self)
        chunks = continuation
        hashed = done.makeAsyncIterator()
        digest = Task {
            var sha = StreamingSHA256()
            for await chunk in stream {
                sha.update(chunk)
                acknowledge.yield()
            }
            acknowledge.finish()
            return sha.finish()
        }
    }

    mutating func write(_ bytes: [UInt8]) async throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { try await flush() }
    }

    private mutating func flush() async throws {
        guard !buffer.isEmpty else { return }
        while queued >= Self.queueLimit, await hashed.next() != nil { queued -= 1 }
        chunks.yield(buffer)
        queued += 1
        count += buffer.count
        try await sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left, finishes the sink, and returns the SHA-256 (hex) and the number of bytes written.
    mutating func finish() async throws -> (sha256: String, bytes: Int) {
        try await flush()
        try await sink.finish()
        chunks.finish()
        return (await digest.value, count)
    }

    /// Stops the digest task of an export that failed.
    func cancel() {
        chunks.finish()
        digest.cancel()
    }
}
