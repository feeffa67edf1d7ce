import Foundation
import Model

/// A bounded, thread-safe memo for pure functions of a string (agent names, date and dimension statements):
/// catalogues repeat the same values thousands of times. Cleared when it reaches its capacity.
final class Memo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    private let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    func value(for key: String, compute: (String) -> Value) -> Value {
        if let cached = lock.withLock({ values[key] }) { return cached }
        let value = compute(key)
        lock.withLock {
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
        return value
    }
}

/// An agent name resolved against the authority table.
struct ResolvedAgentName: Sendable {
    var preferredName: String
    var identifiers: [Identifier]
}

/// The memos of one normalizer.
final class NormalizerMemos: Sendable {
    let agentNames = Memo<ResolvedAgentName>()
    let dates = Memo<ParsedDate>()
    let dimensions = Memo<ParsedDimensions>()
    let parts = Memo<MeasuredPart>(capacity: 1_000)
    let attributions = Memo<[AgentCredit]>()
    let qualifiers = Memo<AttributionQualifier?>(capacity: 1_000)
}
