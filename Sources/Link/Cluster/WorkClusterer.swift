import Model

/// Groups records into works from their same-object edges, strongest first, without plain transitive closure.
///
/// Two groups join only when
/// * no curator rejected a pair across them, and no pair across them is ruled out (two known institutions, a print
///   and a painting, a copy and its original);
/// * they share no source, unless an identifier joins them (a source that itself holds a duplicate);
/// * the edge is decisive (identifier, inventory number, curator), or the pairs across the groups score
///   ``averageThreshold`` on average — so one weak edge never chains two well-separated groups.
struct WorkClusterer {
    struct Edge {
        var a: Int32
        var b: Int32
        var score: Double
        /// Decided by an identifier, an inventory number or a curator.
        var decisive: Bool
    }

    var averageThreshold = 0.5
    /// Larger groups are joined on the edge alone (computing every cross pair would cost too much).
    var maximumAverageProduct = 64

    /// The groups of record indexes, each sorted; singletons included.
    /// `score(i, j)` returns a cross pair's same-object score and whether it is ruled out.
    func cluster(count: Int, edges: [Edge], sources: [Int32], rejected: Set<UInt64>, score: (Int32, Int32) -> (Double, Bool)) -> [[Int32]] {
        var parent = Array(0..<Int32(count))
        var members: [Int32: [Int32]] = [:]
        func find(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x {
                parent[Int(x)] = parent[Int(parent[Int(x)])]
                x = parent[Int(x)]
            }
            return x
        }
        func group(_ root: Int32) -> [Int32] { members[root] ?? [root] }

        let ordered = edges.sorted { ($0.decisive ? 1 : 0, $0.score) > ($1.decisive ? 1 : 0, $1.score) }
        for edge in ordered {
            let ra = find(edge.a), rb = find(edge.b)
            if ra == rb { continue }
            let ga = group(ra), gb = group(rb)
            var allowed = true
            var sharedSource = false
            var total = 0.0
            let computeAverage = !edge.decisive && ga.count * gb.count <= maximumAverageProduct && ga.count * gb.count > 1
            outer: for x in ga {
                for y in gb {
                    if rejected.contains(Self.pairKey(x, y)) { allowed = false; break outer }
                    if sources[Int(x)] == sources[Int(y)] { sharedSource = true }
                    if computeAverage || ga.count * gb.count <= maximumAverageProduct {
                        let (s, ruledOut) = (x == edge.a && y == edge.b) || (x == edge.b && y == edge.a) ? (edge.score, false) : score(x, y)
                        if ruledOut && !edge.decisive { allowed = false; break outer }
                        total += s
                    }
                }
            }
            guard allowed else { continue }
            if sharedSource && !edge.decisive { continue }
            if computeAverage && total / Double(ga.count * gb.count) < averageThreshold { continue }
            let (keep, drop) = ga.count >= gb.count ? (ra, rb) : (rb, ra)
            parent[Int(drop)] = keep
            members[keep] = ga + gb
            members[drop] = nil
        }
        var groups: [Int32: [Int32]] = [:]
        for index in 0..<Int32(count) {
            groups[find(index), default: []].append(index)
        }
        return groups.values.map { $0.sorted() }
    }

    static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
        let (lo, hi) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(lo)) << 32 | UInt64(UInt32(hi))
    }
}
