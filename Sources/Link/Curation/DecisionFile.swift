import Foundation
import Model
import Yams

/// The curators' decisions, kept in `Mappings/link/decisions.yaml`: a list a person can read, review in a diff and
/// edit. The linker applies it after the automatic step of every run, so a re-harvest never undoes a decision.
public struct DecisionFile: Sendable {
    public let path: String

    public init(mappings: String) {
        path = (mappings as NSString).appendingPathComponent("link/decisions.yaml")
    }

    /// The decisions in file order; a later decision about the same pair replaces an earlier one.
    public func load() throws -> [CuratorDecision] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw FileLocatedError(file: path, message: "not valid YAML: \(error)")
        }
        guard let node else { return [] }
        guard let items = node.sequence else {
            throw FileLocatedError(file: path, line: node.mark.map { $0.line }, message: "the file must be a list of decisions (`- decision: confirm`)")
        }
        var result: [CuratorDecision] = []
        for item in items {
            let line = item.mark?.line
            func field(_ name: String) -> String? { item.mapping?[Node(name)]?.string }
            func required(_ name: String) throws -> String {
                guard let value = field(name), !value.isEmpty else {
                    throw FileLocatedError(file: path, line: line, key: name, message: "every decision needs `\(name)`")
                }
                return value
            }
            guard let verdict = CuratorDecision.Verdict(rawValue: try required("decision")) else {
                throw FileLocatedError(file: path, line: line, key: "decision", message: "`decision` is `confirm` or `reject`")
            }
            guard let a = RecordKey(parsing: try required("a")), let b = RecordKey(parsing: try required("b")) else {
                throw FileLocatedError(file: path, line: line, key: "a", message: "records are written SOURCE:RECORD-ID")
            }
            let relationName = field("relation") ?? LinkRelation.sameObject.rawValue
            guard let relation = LinkRelation(name: relationName) else {
                throw FileLocatedError(file: path, line: line, key: "relation", message: "unknown relation `\(relationName)`; use one of \(LinkRelation.names)")
            }
            let decision = CuratorDecision(verdict: verdict, a: a, b: b, relation: relation, note: field("note"), date: field("date") ?? "")
            result.removeAll { $0.concernsSamePair(as: decision) }
            result.append(decision)
        }
        return result
    }

    /// A digest of the file's content ("" when there is no file): a changed decision makes the next run link again.
    public func digest() -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return String(SHA256.hex([UInt8](data)).prefix(16))
    }

    /// Adds a decision (replacing an earlier one about the same pair) and writes the file back.
    public func record(_ decision: CuratorDecision) throws {
        var decisions = try load()
        decisions.removeAll { $0.concernsSamePair(as: decision) }
        decisions.append(decision)
        try write(decisions)
    }

    func write(_ decisions: [CuratorDecision]) throws {
        var text = """
            # Curators' decisions about links, applied after the automatic step of every `oeuvre link` run.
            # Written by `oeuvre link confirm|reject A B [--relation R] [--note TEXT]`; safe to edit by hand.
            # Records are SOURCE:RECORD-ID; for copy_after, preparatory_study_for, print_after and version_of,
            # `a` is the copy, study, print or version and `b` the original.

            """
        for decision in decisions {
            text += "- decision: \(decision.verdict.rawValue)\n"
            text += "  a: \(Self.quoted(decision.a.description))\n"
            text += "  b: \(Self.quoted(decision.b.description))\n"
            text += "  relation: \(decision.relation.rawValue)\n"
            if let note = decision.note { text += "  note: \(Self.quoted(note))\n" }
            text += "  date: \(Self.quoted(decision.date))\n"
        }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// A YAML double-quoted scalar (JSON escapes are valid YAML).
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
