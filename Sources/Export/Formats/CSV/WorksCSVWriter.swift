import Model

/// `csv`: one row per work, for spreadsheets.
///
/// Several values in one cell are separated by ` | `; related works are written `relation:work-id`, read from the
/// work's side (`copy_after:w-…` for a copy, `has_copy:w-…` for its original).
struct WorksCSVWriter: WorkWriter {
    static let header = [
        "work_id", "provisional", "rank", "preferred_title", "preferred_title_language", "titles", "creators", "date", "earliest", "latest",
        "object_types", "medium", "dimensions", "institutions", "inventory_numbers", "image_url", "iiif_manifest", "records", "sources",
        "record_keys", "related_works",
    ]

    let excel: Bool
    let language: String?
    var needs: WorkNeeds { [.decoded, .relations] }

    func begin(_ context: ExportContext, into out: inout [UInt8]) {
        if excel { out.append(contentsOf: CSVText.byteOrderMark) }
        out.append(contentsOf: CSVText.row(Self.header))
    }

    func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws {
        let records = work.records.compactMap(\.record)
        let preferred = RecordText.preferredTitle(records, language: language)
        let dated = records.compactMap(\.date)
        let earliest = dated.compactMap(\.earliest).min()
        let latest = dated.compactMap(\.latest).max()
        let inventory = records.compactMap { record in
            record.inventoryNumber.map { number in record.institution.map { "\(number.written) (\($0.name))" } ?? number.written }
        }
        let related = work.relations.map { relation in
            let read = RecordText.relation(relation, from: work.id)
            return "\(read.name):\(read.other.rawValue)"
        }
        let titles: [String] = records.flatMap { $0.titles.map(RecordText.title) }
        let creators: [String] = records.flatMap { $0.agents.map(RecordText.creator) }
        let types: [String] = records.flatMap { $0.objectTypes.map(\.label) }
        let medium: [String] = records.flatMap { $0.materials.map(\.label) + $0.techniques.map(\.label) }
        let sizes: [String] = records.flatMap { $0.dimensions.map(RecordText.dimensions) }
        let institutions: [String] = records.compactMap { $0.institution?.name }
        let image: String = records.lazy.compactMap(RecordText.imageURL).first ?? ""
        let manifest: String = records.lazy.compactMap(RecordText.manifestURL).first ?? ""
        var row: [String] = [work.id.rawValue, work.provisional ? "true" : "false", work.rank.map(String.init) ?? ""]
        row += [preferred?.text ?? "", preferred?.language ?? ""]
        row.append(CSVText.list(RecordText.distinct(titles)))
        row.append(CSVText.list(RecordText.distinct(creators)))
        row += [dated.first?.display ?? "", earliest.map(String.init) ?? "", latest.map(String.init) ?? ""]
        row.append(CSVText.list(RecordText.distinct(types)))
        row.append(CSVText.list(RecordText.distinct(medium)))
        row.append(CSVText.list(RecordText.distinct(sizes)))
        row.append(CSVText.list(RecordText.distinct(institutions)))
        row.append(CSVText.list(RecordText.distinct(inventory)))
        row += [image, manifest, String(records.count)]
        row.append(CSVText.list(RecordText.distinct(records.map(\.key.source.rawValue))))
        row.append(CSVText.list(records.map(\.key.description)))
        row.append(CSVText.list(related))
        out.append(contentsOf: CSVText.row(row, excel: excel))
    }

    func end(_ context: ExportContext, into out: inout [UInt8]) {}
}
