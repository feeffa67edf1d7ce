/// One record to write: which object, in which source, under which id and language.
struct PlannedRecord {
    /// The object's position in its family.
    var position: Int
    /// The source's position in the lineup.
    var source: Int
    var recordID: String
    var language: Language
    /// A second record of the same object in the same source.
    var duplicate: Bool
}
