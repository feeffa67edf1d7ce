/// Whether two records credit an agent in common: the same surname, or surnames one typing slip apart
/// (`Rombouts`, `Rombauts`), with forenames that agree (`P.P.` and `Peter Paul`; not `Jan` and `Cornelis`).
enum AgentMatch {
    static func shared(_ a: PreparedRecord, _ b: PreparedRecord, strings: [String]) -> Bool {
        let formsA = a.features.agentForms, formsB = b.features.agentForms
        if formsA.isEmpty || formsB.isEmpty {
            return overlap(a.agents, b.agents) > 0
        }
        for x in formsA {
            let (surnameA, initialsA) = split(x)
            for y in formsB {
                let (surnameB, initialsB) = split(y)
                guard compatible(initialsA, initialsB) else { continue }
                if surnameA == surnameB { return true }
                if surnameA.count >= 5, TitleSimilarity.withinOneEdit(Array(surnameA.utf8), Array(surnameB.utf8)) { return true }
            }
        }
        return false
    }

    static func split(_ form: String) -> (Substring, Substring) {
        guard let bar = form.firstIndex(of: "|") else { return (form[...], "") }
        return (form[..<bar], form[form.index(after: bar)...])
    }

    /// Initials agree when either is missing or one starts the other (`p` and `pp`); generations must agree too.
    static func compatible(_ x: Substring, _ y: Substring) -> Bool {
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
