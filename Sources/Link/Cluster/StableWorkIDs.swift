import Model

/// Gives this run's groups of records the work ids of the last run wherever it can, and records what changed.
///
/// Each previous id goes to the group holding most of its former members (ties: the earlier id); a group that
/// inherits no id gets a new one derived from its smallest record key, so the same data gives the same ids on any
/// machine. A previous work whose members went to several groups is `split`; groups that gather members of several
/// previous works are `merged`; a previous work with no member left is `removed`.
enum StableWorkIDs {
    static func assign(groups: [[RecordKey]], previous: [RecordKey: WorkID]) -> (works: [Work], events: [WorkEvent]) {
        // How many members of each previous work each group holds.
        var overlaps: [(group: Int, id: WorkID, count: Int)] = []
        var previousGroups: [WorkID: Set<Int>] = [:]
        for (index, group) in groups.enumerated() {
            var counts: [WorkID: Int] = [:]
            for key in group { if let id = previous[key] { counts[id, default: 0] += 1 } }
            for (id, count) in counts {
                overlaps.append((index, id, count))
                previousGroups[id, default: []].insert(index)
            }
        }
        overlaps.sort { ($0.count, $1.id.rawValue, $1.group) > ($1.count, $0.id.rawValue, $0.group) }
        var assigned: [Int: WorkID] = [:]
        var taken: Set<WorkID> = []
        for overlap in overlaps where assigned[overlap.group] == nil && !taken.contains(overlap.id) {
            assigned[overlap.group] = overlap.id
            taken.insert(overlap.id)
        }
        var used = Set(previous.values)
        var works: [Work] = []
        var events: [WorkEvent] = []
        for (index, group) in groups.enumerated() {
            let id: WorkID
            if let inherited = assigned[index] {
                id = inherited
            } else {
                id = newID(for: group.min()!, avoiding: used)
                used.insert(id)
                events.append(WorkEvent(kind: .created, work: id))
            }
            works.append(Work(id: id, members: group))
            let sources = Set(group.compactMap { previous[$0] }).subtracting([id])
            if !sources.isEmpty {
                events.append(WorkEvent(kind: .merged, work: id, others: sources.sorted()))
            }
        }
        let idOfGroup = Dictionary(uniqueKeysWithValues: works.enumerated().map { ($0.offset, $0.element.id) })
        for (id, groupIndexes) in previousGroups.sorted(by: { $0.key < $1.key }) where groupIndexes.count > 1 {
            events.append(WorkEvent(kind: .split, work: id, others: groupIndexes.compactMap { idOfGroup[$0] }.filter { $0 != id }.sorted()))
        }
        for id in Set(previous.values).subtracting(previousGroups.keys).sorted() {
            events.append(WorkEvent(kind: .removed, work: id))
        }
        return (works.sorted { $0.id < $1.id }, events)
    }

    /// `w-` and twelve hex digits of the SHA-256 of the record key; on a clash with an id in use, of the key and a
    /// counter.
    static func newID(for key: RecordKey, avoiding used: Set<WorkID>) -> WorkID {
        var attempt = 0
        while true {
            let seed = attempt == 0 ? key.description : "\(key.description)#\(attempt)"
            let id = WorkID("w-" + SHA256.hex(seed).prefix(12))
            if !used.contains(id) { return id }
            attempt += 1
        }
    }
}
