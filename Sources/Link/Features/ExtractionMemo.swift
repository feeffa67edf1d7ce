import Foundation
import Model
import Normalize

/// Results of the costly text work behind features (folding, name keys, title analysis), shared by the threads
/// of a run: a catalogue repeats its artists, subjects and terms in thousands of records.
final class ExtractionMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var identities: [String: (surname: String, initials: String)] = [:]
    private var analyses: [String: IconographyTable.Analysis] = [:]
    private var foldings: [String: String] = [:]
    private var institutions: [String: (id: String, known: Bool)] = [:]

    func identity(_ name: String) -> (surname: String, initials: String) {
        if let known = lock.withLock({ identities[name] }) { return known }
        let value = AgentNameNormalizer.identity(name)
        lock.withLock { identities[name] = value }
        return value
    }

    func analysis(_ title: String, _ make: (String) -> IconographyTable.Analysis) -> IconographyTable.Analysis {
        if let known = lock.withLock({ analyses[title] }) { return known }
        let value = make(title)
        lock.withLock { analyses[title] = value }
        return value
    }

    func folded(_ text: String) -> String {
        if let known = lock.withLock({ foldings[text] }) { return known }
        let value = TextFolding.fold(text)
        lock.withLock { foldings[text] = value }
        return value
    }

    func institution(_ name: String, _ make: (String) -> (id: String, known: Bool)) -> (id: String, known: Bool) {
        if let known = lock.withLock({ institutions[name] }) { return known }
        let value = make(name)
        lock.withLock { institutions[name] = value }
        return value
    }
}
