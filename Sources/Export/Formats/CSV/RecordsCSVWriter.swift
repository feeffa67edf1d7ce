import Foundation
import Model

/// `csv-records`: one row per source record, with the work it belongs to and where it came from.
struct RecordsCSVWriter: WorkWriter {
    static let header = [
        "work_id", "provisional", "rank", "source", "record_id", "institution", "title", "title_language", "titles", "creators", "date",
        "earliest", "latest", "object_types", "materials", "techniques", "dimensions", "inventory_number", "identifiers", "subjects",
        "image_url", "iiif_manifest", "source_url", "harvested_at", "raw_hash",
    ]

    let excel: Bool
    var needs: WorkNeeds { [.decoded] }
    private let dates = ISO8601DateFormatter()

    init(excel: Bool) {
        self.excel = excel
    }

    func begin(_ context: ExportContext, into out: inout [UInt8]) {
        if excel { out.append(contentsOf: CSVText.byteOrderMark) }
        out.append(contentsOf: CSVText.row(Self.header))
    }

    func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws {
        for exported in work.records {
            guard let record = exported.record else { continue }
            let title = record.preferredTitle
            var row: [String] = [work.id.rawValue, work.provisional ? "true" : "false", work.rank.map(String.init) ?? ""]
            row += [record.key.source.rawValue, record.key.recordID, record.institution?.name ?? ""]
            row += [title?.text ?? "", title?.language ?? "", CSVText.list(record.titles.map(RecordText.title))]
            row.append(CSVText.list(record.agents.map(RecordText.creator)))
            row += [record.date?.display ?? "", record.date?.earliest.map(String.init) ?? "", record.date?.latest.map(String.init) ?? ""]
            row.append(CSVText.list(record.objectTypes.map(\.label)))
            row.append(CSVText.list(record.materials.map(\.label)))
            row.append(CSVText.list(record.techniques.map(\.label)))
            row.append(CSVText.list(record.dimensions.map(RecordText.dimensions)))
            row.append(record.inventoryNumber?.written ?? "")
            row.append(CSVText.list(record.identifiers.map(RecordText.identifier)))
            row.append(CSVText.list(record.subjects.map(RecordText.subject)))
            row += [RecordText.imageURL(record) ?? "", RecordText.manifestURL(record) ?? "", record.sourceURL ?? ""]
            row += [dates.string(from: record.harvestedAt), exported.stored.rawHash]
            out.append(contentsOf: CSVText.row(row, excel: excel))
        }
    }

    func end(_ context: ExportContext, into out: inout [UInt8]) {}
}
