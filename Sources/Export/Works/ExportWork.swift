import Model
import Store

/// One work as an export writes it: its records (stored, and decoded when the format needs them), the typed
/// relations it takes part in, and the links of its records.
struct ExportWork: Sendable {
    var id: WorkID
    /// A record no link run has put in a work yet (`r:SOURCE:RECORD`).
    var provisional: Bool
    /// 1-based position in the search's ranking; nil when everything is exported (in id order).
    var rank: Int?
    var records: [ExportRecord]
    /// Typed relations with this work at either end.
    var relations: [WorkRelation]
    /// Links with one of this work's records at either end, their evidence as stored.
    var links: [StoredLink]
}

/// A member record of an exported work.
struct ExportRecord: Sendable {
    var stored: StoredRecord
    /// The decoded record, when the format reads its fields.
    var record: CatalogueRecord?

    var key: RecordKey { stored.key }
}

/// What a format reads of each work, so the exporter loads nothing more.
struct WorkNeeds: OptionSet, Sendable {
    let rawValue: Int
    /// The records decoded into `CatalogueRecord`.
    static let decoded = WorkNeeds(rawValue: 1)
    /// The typed relations of each work.
    static let relations = WorkNeeds(rawValue: 2)
    /// The links of each record.
    static let links = WorkNeeds(rawValue: 4)
}

/// A work chosen for export before its records are read: its id, whether it is provisional, its rank, its members.
struct WorkHandle: Sendable {
    var id: WorkID
    var provisional: Bool
    var rank: Int?
    var members: [RecordKey]
}
