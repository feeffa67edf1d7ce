/// Where an export's bytes go: a file, standard output, an HTTP response body.
///
/// The exporter writes in chunks of a few hundred kilobytes, in order, from one task, and calls ``finish()`` once
/// after the last chunk; it never calls ``finish()`` when the export failed.
public protocol ExportSink: AnyObject {
    /// Writes the next chunk.
    func write(_ bytes: [UInt8]) async throws
    /// Ends the output after the last chunk (closes the file, ends the response).
    func finish() async throws
}
