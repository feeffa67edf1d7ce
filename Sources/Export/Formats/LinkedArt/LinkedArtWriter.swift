/// `linked-art`: one Linked Art JSON-LD document per source record, one per line (JSON Lines), each a complete
/// document with its own `@context`; the records of one work are `equivalent` to each other and to the work.
struct LinkedArtWriter: WorkWriter {
    var needs: WorkNeeds { [.decoded, .relations] }
    private var document: LinkedArtDocument?

    mutating func begin(_ context: ExportContext, into out: inout [UInt8]) {
        document = LinkedArtDocument(uris: context.uris, sources: context.sources)
    }

    func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws {
        guard let document else { return }
        for exported in work.records {
            guard let record = exported.record else { continue }
            document.object(record, stored: exported.stored.rawHash, in: work).write(to: &out)
            out.append(0x0A)
        }
    }

    func end(_ context: ExportContext, into out: inout [UInt8]) {}
}
