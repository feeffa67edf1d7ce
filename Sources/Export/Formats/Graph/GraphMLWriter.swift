import Foundation
import Model

/// `graphml`: the exported works as nodes and their typed relations as directed edges (from the copy, study, print
/// or version to its original; a pendant pair once), with each relation's score and a summary of the evidence of
/// the strongest link behind it. The graph's own data carries the provenance.
///
/// Nodes are written as the works stream by; edges after the last node, between exported works only (for a query's
/// export the writer keeps the ids of the nodes it wrote for that; an export of everything keeps every edge and no ids).
struct GraphMLWriter: WorkWriter {
    var needs: WorkNeeds { [.decoded] }
    let language: String?
    /// Every work is exported (no query): every relation is kept, and no ids need to be remembered.
    var everything = false
    private var written: Set<String> = []
    private var edges = 0

    init(language: String?) {
        self.language = language
    }

    static let graphKeys: [(String, String)] = [
        ("snapshot", "string"), ("snapshot_digest", "string"), ("exported_at", "string"), ("query", "string"), ("selection", "string"),
        ("tool", "string"), ("base_uri", "string"), ("sources", "string"), ("citation", "string"),
    ]
    static let nodeKeys: [(String, String)] = [
        ("label", "string"), ("title_language", "string"), ("provisional", "boolean"), ("rank", "int"), ("creators", "string"),
        ("date", "string"), ("earliest", "int"), ("latest", "int"), ("object_types", "string"), ("institutions", "string"),
        ("inventory_numbers", "string"), ("records", "int"), ("sources", "string"), ("record_keys", "string"), ("image_url", "string"),
    ]
    static let edgeKeys: [(String, String)] = [
        ("relation", "string"), ("score", "double"), ("evidence", "string"), ("link_a", "string"), ("link_b", "string"), ("decision", "string"),
    ]

    mutating func begin(_ context: ExportContext, into out: inout [UInt8]) {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (scope, keys) in [("graph", Self.graphKeys), ("node", Self.nodeKeys), ("edge", Self.edgeKeys)] {
            for (name, type) in keys {
                text += "  <key id=\"\(scope.prefix(1))_\(name)\" for=\"\(scope)\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
            }
        }
        text += "  <graph id=\"oeuvre\" edgedefault=\"directed\">\n"
        let provenance = context.provenance
        let sources = (try? JSONCoding.encoder().encode(provenance.sources)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        let values = [
            ("snapshot", provenance.snapshot.id), ("snapshot_digest", provenance.snapshot.digest),
            ("exported_at", ISO8601DateFormatter().string(from: provenance.exportedAt)), ("query", provenance.query),
            ("selection", provenance.selection), ("tool", provenance.tool), ("base_uri", provenance.baseURI), ("sources", sources),
            ("citation", provenance.citation),
        ]
        for (name, value) in values { text += "    <data key=\"g_\(name)\">\(XMLText.escaped(value))</data>\n" }
        out.append(contentsOf: Array(text.utf8))
    }

    mutating func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws {
        let records = work.records.compactMap(\.record)
        let title = RecordText.preferredTitle(records, language: language)
        let dated = records.compactMap(\.date)
        var values: [(String, String)] = [
            ("label", title?.text ?? work.id.rawValue), ("title_language", title?.language ?? ""), ("provisional", work.provisional ? "true" : "false"),
        ]
        if let rank = work.rank { values.append(("rank", String(rank))) }
        values.append(("creators", CSVText.list(RecordText.distinct(records.flatMap { $0.agents.map(RecordText.creator) }))))
        values.append(("date", dated.first?.display ?? ""))
        if let earliest = dated.compactMap(\.earliest).min() { values.append(("earliest", String(earliest))) }
        if let latest = dated.compactMap(\.latest).max() { values.append(("latest", String(latest))) }
        values += [
            ("object_types", CSVText.list(RecordText.distinct(records.flatMap { $0.objectTypes.map(\.label) }))),
            ("institutions", CSVText.list(RecordText.distinct(records.compactMap { $0.institution?.name }))),
            ("inventory_numbers", CSVText.list(RecordText.distinct(records.compactMap { $0.inventoryNumber?.written }))),
            ("records", String(records.count)),
            ("sources", CSVText.list(RecordText.distinct(records.map(\.key.source.rawValue)))),
            ("record_keys", CSVText.list(records.map(\.key.description))),
            ("image_url", records.lazy.compactMap(RecordText.imageURL).first ?? ""),
        ]
        var text = "    <node id=\"\(XMLText.escaped(work.id.rawValue))\">\n"
        for (name, value) in values where !value.isEmpty { text += "      <data key=\"n_\(name)\">\(XMLText.escaped(value))</data>\n" }
        text += "    </node>\n"
        out.append(contentsOf: Array(text.utf8))
        if !everything { written.insert(work.id.rawValue) }
    }

    /// True when both ends of the relation were written as nodes.
    func keeps(_ relation: WorkRelation) -> Bool {
        everything || (written.contains(relation.a.rawValue) && written.contains(relation.b.rawValue))
    }

    /// One edge per relation, with the evidence of the link it was carried up from.
    mutating func edges(_ relations: [(WorkRelation, RecordLink?)], into out: inout [UInt8]) {
        var text = ""
        for (relation, link) in relations {
            edges += 1
            text += "    <edge id=\"e\(edges)\" source=\"\(XMLText.escaped(relation.a.rawValue))\" target=\"\(XMLText.escaped(relation.b.rawValue))\">\n"
            var values = [("relation", relation.relation.rawValue), ("score", NumberText.plain(relation.score))]
            if let link {
                values += [
                    ("evidence", Self.evidence(link.evidence)), ("link_a", link.a.description), ("link_b", link.b.description),
                    ("decision", link.decision.rawValue),
                ]
            }
            for (name, value) in values where !value.isEmpty { text += "      <data key=\"e_\(name)\">\(XMLText.escaped(value))</data>\n" }
            text += "    </edge>\n"
        }
        out.append(contentsOf: Array(text.utf8))
    }

    /// The five strongest pieces of evidence: `statement: "kopie naar" (+3.00); title: … (+1.20)`.
    static func evidence(_ evidence: [LinkEvidence]) -> String {
        evidence.sorted { abs($0.contribution) > abs($1.contribution) }.prefix(5).map { item in
            "\(item.feature): \(item.value) (\(item.contribution >= 0 ? "+" : "")\(String(format: "%.2f", item.contribution)))"
        }.joined(separator: "; ")
    }

    func end(_ context: ExportContext, into out: inout [UInt8]) {
        out.append(contentsOf: Array("  </graph>\n</graphml>\n".utf8))
    }

    var edgeCount: Int { edges }
}
