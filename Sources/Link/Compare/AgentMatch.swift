/// Whether two records credit an agent in common: the same surname, or surnames one typing slip apart
/// (`Rombouts`, `Rombauts`).
enum AgentMatch {
    static func shared(_ a: PreparedRecord, _ b: PreparedRecord, strings: [String]) -> Bool {
        if overlap(a.agents, b.agents) > 0 { return true }
        for x in a.agents {
            let nameA = Array(strings[Int(x)].utf8.dropFirst(2))
            guard nameA.count >= 5 else { continue }
            for y in b.agents where TitleSimilarity.withinOneEdit(nameA, Array(strings[Int(y)].utf8.dropFirst(2))) {
                return true
            }
        }
        return false
    }
}
