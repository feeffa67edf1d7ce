/// How alike two records' titles are, across languages: shared iconographic concepts (`Anbetung` = `adoration`)
/// and shared significant words, with one typo forgiven in words of five letters or more.
struct TitleSimilarity {
    /// 0…1, nil when either record has no title words at all.
    static func similarity(_ a: PreparedRecord, _ b: PreparedRecord, strings: [String]) -> Double? {
        let hasA = !a.concepts.isEmpty || !a.words.isEmpty
        let hasB = !b.concepts.isEmpty || !b.words.isEmpty
        guard hasA, hasB else { return nil }
        let conceptUnion = a.concepts.count + b.concepts.count
        let conceptShared = overlap(a.concepts, b.concepts)
        let wordShared = fuzzyOverlap(a.words, b.words, strings: strings)
        let wordTotal = a.words.count + b.words.count
        // Dice, softened towards containment: a work's records pool titles in several languages, so one side may
        // hold many more words than the other without describing anything else.
        let conceptDice = conceptUnion == 0 ? nil : blend(conceptShared, a.concepts.count, b.concepts.count)
        let wordDice = wordTotal == 0 ? nil : blend(wordShared, a.words.count, b.words.count)
        switch (conceptDice, wordDice) {
        case let (c?, w?):
            // Words in different languages rarely match; do not let them pull a concept match down too far.
            let weight = min(1, Double(a.concepts.count + b.concepts.count) / Double(max(1, conceptUnion + wordTotal)) + 0.3)
            return weight * c + (1 - weight) * w
        case let (c?, nil): return c
        case let (nil, w?): return w
        default: return nil
        }
    }

    /// The mean of Dice and the overlap coefficient (shared over the smaller side).
    static func blend(_ shared: Int, _ x: Int, _ y: Int) -> Double {
        let dice = 2 * Double(shared) / Double(x + y)
        let containment = min(x, y) == 0 ? 0 : Double(shared) / Double(min(x, y))
        return (dice + containment) / 2
    }

    /// Shared words, counting a one-edit difference between words of five letters or more as shared.
    static func fuzzyOverlap(_ a: [Int32], _ b: [Int32], strings: [String]) -> Int {
        let exact = overlap(a, b)
        guard exact < min(a.count, b.count) else { return exact }
        var matched = exact
        var used = Set(b.filter { a.contains($0) })
        for x in a where !b.contains(x) {
            let wordA = Array(strings[Int(x)].utf8.dropFirst(2))
            guard wordA.count >= 5 else { continue }
            if let y = b.first(where: { !used.contains($0) && withinOneEdit(wordA, Array(strings[Int($0)].utf8.dropFirst(2))) }) {
                used.insert(y)
                matched += 1
            }
        }
        return matched
    }

    /// True when `a` becomes `b` by at most one insertion, deletion or substitution.
    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if abs(a.count - b.count) > 1 || b.count < 4 { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}
