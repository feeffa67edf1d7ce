import Foundation

/// Writes an export to a file: into `FILE.partial` first, renamed to `FILE` when the export has finished, so a
/// failed or interrupted export never leaves a file that looks complete. Nothing is created before the first byte.
public final class FileSink: ExportSink {
    public let path: String
    private let partial: String
    private var handle: FileHandle?

    /// Checks that the folder of `path` exists; the file itself is created with the first chunk.
    public init(path: String) throws {
        self.path = path
        self.partial = path + ".partial"
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard folder.isEmpty || (FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) else {
            throw ExportError(.output, "cannot write \(path): the folder \(folder) does not exist")
        }
    }

    private func open() throws -> FileHandle {
        if let handle { return handle }
        guard FileManager.default.createFile(atPath: partial, contents: nil), let handle = FileHandle(forWritingAtPath: partial) else {
            throw ExportError(.output, "cannot write \(partial): check that the folder is writable")
        }
        self.handle = handle
        return handle
    }

    public func write(_ bytes: [UInt8]) async throws {
        do {
            try open().write(contentsOf: bytes)
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError(.output, "cannot write to \(partial): \(error.localizedDescription)")
        }
    }

    public func finish() async throws {
        do {
            try open().close()
            handle = nil
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError(.output, "cannot finish \(path): \(error.localizedDescription)")
        }
    }

    /// Removes the partial file of an export that failed.
    public func discard() {
        try? handle?.close()
        handle = nil
        try? FileManager.default.removeItem(atPath: partial)
    }

    deinit {
        try? handle?.close()
    }
}
