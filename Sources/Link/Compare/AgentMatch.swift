/// Whether two records credit an agent in common: the same surname, or surnames one typing slip apart
/// (`Rombouts`, `Rombauts`), with forenames that agree (`P.P.` and `Peter Paul`; not `Jan` and `Cornelis`).
enum AgentMatch {
    static func shared(_ a: PreparedRecord, _ b: PreparedRecord, strings: [String]) -> Bool {
        if a.agentSurnames.isEmpty || b.agentSurnames.isEmpty {
            return overlap(a.agents, b.agents) > 0
        }
        for x in a.agentSurnames.indices {
            for y in b.agentSurnames.indices where compatible(a.agentInitials[x], b.agentInitials[y]) {
                if a.agentSurnames[x] == b.agentSurnames[y] { return true }
            }
        }
        // One typing slip apart, checked only when nothing matched exactly.
        for x in a.agentSurnames.indices {
            let surnameA = strings[Int(a.agentSurnames[x])].utf8.dropFirst(2)
            guard surnameA.count >= 5 else { continue }
            for y in b.agentSurnames.indices where compatible(a.agentInitials[x], b.agentInitials[y]) {
                if TitleSimilarity.withinOneEdit(Array(surnameA), Array(strings[Int(b.agentSurnames[y])].utf8.dropFirst(2))) { return true }
            }
        }
        return false
    }

    /// Initials agree when either is missing or one starts the other (`p` and `pp`); generations must agree too.
    static func compatible(_ x: Substring, _ y: Substring) -> Bool {
        if x == y || x.isEmpty || y.isEmpty { return true }
        let (ix, gx) = generation(x), (iy, gy) = generation(y)
        if let gx, let gy, gx != gy { return false }
        if ix.isEmpty || iy.isEmpty { return true }
        return ix.hasPrefix(iy) || iy.hasPrefix(ix)
    }

    static func generation(_ initials: Substring) -> (Substring, Substring?) {
        guard let slash = initials.firstIndex(of: "/") else { return (initials, nil) }
        return (initials[..<slash], initials[initials.index(after: slash)...])
    }
}
