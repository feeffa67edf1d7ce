import Foundation

/// A file written through a 1 MiB buffer: the corpus streams records out without holding them.
final class ByteSink {
    let path: String
    private let handle: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20

    init(path: String) throws {
        guard let handle = fopen(path, "wb") else {
            throw CorpusError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.handle = handle
        buffer.reserveCapacity(Self.flushSize + 65_536)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes; throws when the disk refused the bytes.
    func close() throws {
        flush()
        let failed = ferror(handle) != 0
        fclose(handle)
        if failed { throw CorpusError("writing \(path) failed") }
    }
}
