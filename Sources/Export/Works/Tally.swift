/// What an export wrote, counted as it goes.
struct Tally {
    /// True when works were selected and counted (every format but a `links-csv` of everything).
    var streamedWorks = false
    var works = 0
    var records = 0
    var links = 0
    var relations = 0
    var bySource: [String: Int] = [:]

    mutating func add(_ work: ExportWork) {
        works += 1
        records += work.records.count
        for record in work.records { bySource[record.key.source.rawValue, default: 0] += 1 }
    }
}
