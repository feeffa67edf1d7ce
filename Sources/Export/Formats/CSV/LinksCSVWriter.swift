import Model

/// `links-csv`: one row per link between two records, header exactly `source_a,record_a,source_b,record_b,relation,score`
/// (the linking issue's interface, which `oeuvre evaluate --gold` reads); for directed relations `a` is the copy,
/// study, print or version and `b` the original.
///
/// Everything exported: every link of the store, streamed. A query: the links between records of the exported works
/// (the writer keeps the exported record keys for that, and writes the links after the last work).
struct LinksCSVWriter: WorkWriter {
    static let header = ["source_a", "record_a", "source_b", "record_b", "relation", "score"]

    let excel: Bool
    var needs: WorkNeeds { [] }
    private var exported: Set<RecordKey> = []

    init(excel: Bool) {
        self.excel = excel
    }

    func begin(_ context: ExportContext, into out: inout [UInt8]) {
        if excel { out.append(contentsOf: CSVText.byteOrderMark) }
        out.append(contentsOf: CSVText.row(Self.header))
    }

    mutating func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws {
        for record in work.records { exported.insert(record.key) }
    }

    /// True when the link is to be written: always when everything is exported, else when both records were.
    func keeps(_ link: RecordLink, everything: Bool) -> Bool {
        everything || (exported.contains(link.a) && exported.contains(link.b))
    }

    func rows(_ links: [RecordLink], into out: inout [UInt8]) {
        for link in links {
            out.append(contentsOf: CSVText.row(
                [link.a.source.rawValue, link.a.recordID, link.b.source.rawValue, link.b.recordID, link.relation.rawValue, NumberText.plain(link.score)],
                excel: excel))
        }
    }

    func end(_ context: ExportContext, into out: inout [UInt8]) {}
}
