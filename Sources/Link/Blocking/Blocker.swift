/// Finds the pairs of records worth comparing without comparing all pairs: records meet only in blocks that share
/// a key — an identifier, an institution's inventory number, an agent with an iconographic concept or a title word.
///
/// Blocks larger than ``maximumBlock`` are split by decade; what is still too large (a key every record has) is
/// skipped and counted. Cost grows with the sum of squared block sizes, near-linearly with the number of records.
struct Blocker {
    var maximumBlock = 150

    struct Result {
        /// Candidate pairs `(i, j)` with `i < j`, indexes into the records, sorted, no duplicates.
        var pairs: [(Int32, Int32)]
        var blocks: Int
        var skippedBlocks: Int
    }

    func pairs(_ records: [PreparedRecord], strings: [String], involving dirty: [Bool]? = nil) -> Result {
        var blocks: [String: [Int32]] = [:]
        blocks.reserveCapacity(records.count * 4)
        for (index, record) in records.enumerated() {
            for key in keys(record, strings: strings) {
                blocks[key, default: []].append(Int32(index))
            }
        }
        var encoded: [UInt64] = []
        var skipped = 0
        func emit(_ members: [Int32]) {
            for x in 0..<members.count {
                let i = members[x]
                for y in (x + 1)..<members.count {
                    let j = members[y]
                    if let dirty, !dirty[Int(i)], !dirty[Int(j)] { continue }
                    let (lo, hi) = i < j ? (i, j) : (j, i)
                    encoded.append(UInt64(UInt32(lo)) << 32 | UInt64(UInt32(hi)))
                }
            }
        }
        for (_, members) in blocks where members.count > 1 {
            if members.count <= maximumBlock {
                emit(members)
                continue
            }
            var byDecade: [Int: [Int32]] = [:]
            for member in members {
                guard let year = records[Int(member)].features.earliest else { continue }
                byDecade[year / 10, default: []].append(member)
            }
            for (_, sub) in byDecade where sub.count > 1 {
                if sub.count <= maximumBlock { emit(sub) } else { skipped += 1 }
            }
        }
        encoded.sort()
        var pairs: [(Int32, Int32)] = []
        pairs.reserveCapacity(encoded.count / 2)
        var previous: UInt64?
        for value in encoded where value != previous {
            pairs.append((Int32(truncatingIfNeeded: value >> 32), Int32(truncatingIfNeeded: value & 0xFFFF_FFFF)))
            previous = value
        }
        return Result(pairs: pairs, blocks: blocks.count, skippedBlocks: skipped)
    }

    /// The blocking keys of a record.
    func keys(_ record: PreparedRecord, strings: [String]) -> [String] {
        let f = record.features
        var keys = f.identifiers.map { "id|" + $0 }
        if let inventory = f.inventory {
            keys.append("inv|" + inventory)
        }
        let agents = f.agents.prefix(3)
        let anchors = agents.isEmpty ? ["?"] : Array(agents)
        for agent in anchors {
            for concept in f.concepts { keys.append("ac|\(agent)|\(concept)") }
            for word in f.words where word.count >= 4 && word.first?.isNumber != true { keys.append("aw|\(agent)|\(word)") }
            for code in f.iconclass { keys.append("ai|\(agent)|\(code)") }
        }
        if f.concepts.isEmpty, f.words.isEmpty, let institution = f.institution {
            keys.append("untitled|\(institution)")
        }
        return keys
    }
}
