/// How a query is answered: one full-text MATCH that finds and scores the candidates (the text conjuncts), and
/// conditions checked on each candidate (dates, ids, and any part mixing text with those under OR or NOT).
struct QueryPlan: Sendable, Equatable {
    /// A condition on one candidate work.
    indirect enum Condition: Sendable, Equatable {
        /// The work is among the matches of a full-text expression.
        case match(CompiledMatch)
        case date(from: Int?, to: Int?)
        /// The work has this key (lower-cased): its id, a record key, an identifier.
        case id(String)
        case and([Condition])
        case or([Condition])
        case not(Condition)
    }

    /// The driving MATCH expression; nil when every work is a candidate.
    var match: CompiledMatch?
    /// True when the driving match has words to score with BM25.
    var scored: Bool
    /// Conditions every result satisfies.
    var conditions: [Condition]

    init(_ root: QueryNode?) {
        guard let root else {
            match = nil
            scored = false
            conditions = []
            return
        }
        let conjuncts: [QueryNode]
        if case .and(let children) = root { conjuncts = children } else { conjuncts = [root] }
        var positive: [QueryNode] = []
        var negative: [QueryNode] = []
        var rest: [QueryNode] = []
        for conjunct in conjuncts {
            if case .not(let inner) = conjunct, MatchExpression.isText(inner) {
                negative.append(conjunct)
            } else if MatchExpression.isText(conjunct) {
                positive.append(conjunct)
            } else {
                rest.append(conjunct)
            }
        }
        if positive.isEmpty {
            match = nil
            scored = false
            rest = negative + rest
        } else {
            let driving: QueryNode = positive.count == 1 && negative.isEmpty ? positive[0] : .and(positive + negative)
            match = MatchExpression.compile(driving)
            scored = MatchExpression.scores(driving)
        }
        conditions = rest.map(Self.condition)
    }

    private static func condition(_ node: QueryNode) -> Condition {
        if MatchExpression.isText(node) { return .match(MatchExpression.compile(node)) }
        switch node {
        case .filter(.date(let from, let to)): return .date(from: from, to: to)
        case .filter(.id(let value)): return .id(value.lowercased())
        case .and(let children): return .and(children.map(condition))
        case .or(let children): return .or(children.map(condition))
        case .not(let inner): return .not(condition(inner))
        case .text, .filter: return .match(MatchExpression.compile(node))
        }
    }
}
