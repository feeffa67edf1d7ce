import Foundation

/// Writes an export to standard output.
public final class StandardOutputSink: ExportSink {
    public init() {}

    public func write(_ bytes: [UInt8]) async throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: bytes)
        } catch {
            throw ExportError(.output, "cannot write to standard output: \(error.localizedDescription)")
        }
    }

    public func finish() async throws {}
}
