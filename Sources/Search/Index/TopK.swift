/// Picks a page out of scored matches without sorting them all: best score first, ties by row id.
enum TopK {
    static func before(_ a: SearchIndex.Scored, _ b: SearchIndex.Scored) -> Bool {
        a.score != b.score ? a.score > b.score : a.rowID < b.rowID
    }

    /// The matches at ranks `from ..< from + count` (0-based), in order.
    static func select(_ all: [SearchIndex.Scored], from: Int, count: Int) -> [SearchIndex.Scored] {
        let needed = from + count
        guard count > 0, from < all.count else { return [] }
        if needed * 4 >= all.count {
            return Array(all.sorted(by: before)[from..<min(needed, all.count)])
        }
        // A heap of the `needed` best seen so far, worst on top.
        var heap: [SearchIndex.Scored] = []
        heap.reserveCapacity(needed)
        for candidate in all {
            if heap.count < needed {
                heap.append(candidate)
                siftUp(&heap, heap.count - 1)
            } else if before(candidate, heap[0]) {
                heap[0] = candidate
                siftDown(&heap, 0)
            }
        }
        let sorted = heap.sorted(by: before)
        return Array(sorted[from..<min(needed, sorted.count)])
    }

    /// Heap order: the worst match (the one every other comes before) at the root.
    private static func siftUp(_ heap: inout [SearchIndex.Scored], _ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard before(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private static func siftDown(_ heap: inout [SearchIndex.Scored], _ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var worst = parent
            if left < heap.count, before(heap[worst], heap[left]) { worst = left }
            if right < heap.count, before(heap[worst], heap[right]) { worst = right }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
