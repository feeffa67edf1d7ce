import Model

extension LinkFeatures {
    /// The features of a work: its records' features pooled, so that what one catalogue says (the qualifier
    /// "after", an oil sketch's type, a statement about the original) holds for the whole work.
    ///
    /// Titles, subjects, agents, identifiers and statements are joined; the most telling qualifier wins (a
    /// derivative one over workshop over an unqualified name); the most specific kind wins; the narrowest date and
    /// the first measured size are taken.
    static func pooled(_ members: [LinkFeatures]) -> LinkFeatures {
        guard var work = members.first, members.count > 1 else { return members[0] }
        func union(_ path: KeyPath<LinkFeatures, [String]>) -> [String] {
            var seen: Set<String> = []
            return members.flatMap { $0[keyPath: path] }.filter { seen.insert($0).inserted }
        }
        work.identifiers = union(\.identifiers)
        work.concepts = union(\.concepts)
        work.words = union(\.words)
        work.iconclass = union(\.iconclass)
        work.agents = union(\.agents)
        work.agentForms = union(\.agentForms)
        work.statements = members.flatMap(\.statements)
        let institutions = members.compactMap(\.institution)
        if let common = Dictionary(grouping: institutions, by: { $0 }).max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })?.key {
            work.institution = common
            work.institutionKnown = members.contains { $0.institution == common && $0.institutionKnown }
            work.inventory = members.first { $0.institution == common && $0.inventory != nil }?.inventory ?? members.compactMap(\.inventory).first
        }
        let dated = members.compactMap { m in m.yearSpan.map { (m, $0.upperBound - $0.lowerBound) } }
        if let narrowest = dated.min(by: { $0.1 < $1.1 })?.0 {
            work.earliest = narrowest.earliest
            work.latest = narrowest.latest
        }
        if let measured = members.first(where: { $0.height != nil && $0.width != nil }) {
            work.height = measured.height
            work.width = measured.width
        }
        for kind in [ObjectKind.oilSketch, .print, .drawing, .tapestry, .sculpture, .painting] where members.contains(where: { $0.kind == kind }) {
            work.kind = kind
            break
        }
        work.support = members.compactMap(\.support).first
        let qualifiers = members.compactMap(\.qualifier)
        work.qualifier = qualifiers.first(where: \.isDerivative)
            ?? qualifiers.first { $0 == .workshopOf || $0 == .studioOf }
            ?? qualifiers.first { $0 != .autograph }
            ?? qualifiers.first
        work.afterAgent = members.compactMap(\.afterAgent).first
        return work
    }
}
