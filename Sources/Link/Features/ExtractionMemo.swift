import Foundation
import Model
import Normalize

/// Results of the costly text work behind features (folding, name keys, title analysis, supports and roles),
/// shared by the threads of a run: a catalogue repeats its artists, subjects and terms in thousands of records.
/// Each table is emptied when it reaches `capacity`, so a run over millions of records (whose titles rarely
/// repeat) keeps its memory bounded.
final class ExtractionMemo: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var identities: [String: (surname: String, initials: String)] = [:]
    private var analyses: [String: IconographyTable.Analysis] = [:]
    private var foldings: [String: String] = [:]
    private var institutions: [String: (id: String, known: Bool)] = [:]
    private var supports: [String: UInt8] = [:]
    private var roles: [String: Bool] = [:]

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    private func value<Value>(_ table: ReferenceWritableKeyPath<ExtractionMemo, [String: Value]>, _ key: String, _ make: (String) -> Value) -> Value {
        if let known = lock.withLock({ self[keyPath: table][key] }) { return known }
        let value = make(key)
        lock.withLock {
            if self[keyPath: table].count >= capacity { self[keyPath: table].removeAll(keepingCapacity: true) }
            self[keyPath: table][key] = value
        }
        return value
    }

    func identity(_ name: String) -> (surname: String, initials: String) {
        value(\.identities, name, AgentNameNormalizer.identity)
    }

    func analysis(_ title: String, _ make: (String) -> IconographyTable.Analysis) -> IconographyTable.Analysis {
        value(\.analyses, title, make)
    }

    func folded(_ text: String) -> String {
        value(\.foldings, text, TextFolding.fold)
    }

    func institution(_ name: String, _ make: (String) -> (id: String, known: Bool)) -> (id: String, known: Bool) {
        value(\.institutions, name, make)
    }

    /// Which supports (bits, in the order of ``FeatureExtractor/supports``) a material label names.
    func supportBits(_ label: String, _ make: (String) -> UInt8) -> UInt8 {
        value(\.supports, label, make)
    }

    func isReproductiveRole(_ role: String, _ make: (String) -> Bool) -> Bool {
        value(\.roles, role, make)
    }
}
