import Foundation

/// Runs `body` over `count` chunks on all cores and returns the chunks' results in order.
func parallelChunks<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(body) }
    let results = ChunkResults<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        results.set(index, body(index))
    }
    return results.values()
}

/// Slots each written by exactly one chunk, read after all chunks finished.
private final class ChunkResults<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [T] { slots.map { $0! } }
}

/// The number of chunks to split work of `count` items into on this machine.
func chunkCount(_ count: Int, minimumPerChunk: Int = 2000) -> Int {
    max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, count / minimumPerChunk))
}

/// ``parallelChunks(_:_:)`` for work that can fail: the first error is thrown after all chunks ran.
func parallelChunksThrowing<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
    let results: [Result<T, any Error>] = parallelChunks(count) { index in Result { try body(index) } }
    return try results.map { try $0.get() }
}
