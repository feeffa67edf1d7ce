import Model

/// A record's features with every string replaced by a small integer, so that comparing two records allocates
/// nothing: sorted id arrays intersect in one pass.
struct PreparedRecord: Sendable {
    var features: LinkFeatures
    var concepts: [Int32]
    var words: [Int32]
    var iconclass: [Int32]
    var identifiers: [Int32]
    var agents: [Int32]
    /// Each agent form's surname id and its initials (`pp`, `jd/i`), for ``AgentMatch``.
    var agentSurnames: [Int32]
    var agentInitials: [Substring]
    var afterAgent: Int32?
    var institution: Int32?
    var inventory: Int32?
    var inventoryNumber: Int?
    var isPortrait: Bool
}

/// Interns strings as integers, one table for all features (ids never collide because the strings carry a prefix).
struct StringInterner: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var strings: [String] = []

    mutating func id(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(strings.count)
        ids[string] = id
        strings.append(string)
        return id
    }

    func existing(_ string: String) -> Int32? { ids[string] }

    mutating func sortedIDs(_ values: [String], prefix: String) -> [Int32] {
        Array(Set(values.map { id(prefix + $0) })).sorted()
    }

    mutating func prepare(_ features: LinkFeatures, portraitConcept: String = "portrait") -> PreparedRecord {
        let number = features.inventory.flatMap { inventory -> Int? in
            let digits = inventory.prefix { $0.isNumber }
            return digits.count == inventory.count ? Int(digits) : nil
        }
        var surnames: [Int32] = []
        var initials: [Substring] = []
        for form in features.agentForms {
            let bar = form.firstIndex(of: "|") ?? form.endIndex
            surnames.append(id("a:" + form[..<bar]))
            initials.append(bar < form.endIndex ? form[form.index(after: bar)...] : "")
        }
        return PreparedRecord(
            features: features,
            concepts: sortedIDs(features.concepts, prefix: "c:"),
            words: sortedIDs(features.words, prefix: "w:"),
            iconclass: sortedIDs(features.iconclass, prefix: "i:"),
            identifiers: sortedIDs(features.identifiers, prefix: "id:"),
            agents: sortedIDs(features.agents, prefix: "a:"),
            agentSurnames: surnames,
            agentInitials: initials,
            afterAgent: features.afterAgent.map { id("a:" + $0) },
            institution: features.institution.map { id("inst:" + $0) },
            inventory: features.inventory.map { id("inv:" + $0) },
            inventoryNumber: number,
            isPortrait: features.concepts.contains(portraitConcept) || features.concepts.contains("self_portrait"))
    }
}

/// Counts of shared and total elements of two sorted id arrays.
func overlap(_ a: [Int32], _ b: [Int32]) -> Int {
    var i = 0, j = 0, shared = 0
    while i < a.count, j < b.count {
        if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
    }
    return shared
}
