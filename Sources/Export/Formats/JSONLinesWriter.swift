import Foundation
import Model
import Store

/// `jsonl`: one normalized record per line, as the store keeps it — every value with its `origin`, the source field
/// it was mapped from — together with the record's work, its links (both ends, relation, score, decision and
/// evidence) and where the record came from (source, endpoint, the hashes it was made from, when it was normalized):
///
/// `{"work":"w-…","provisional":false,"rank":1,"record":{…},"links":[…],"provenance":{…}}`
struct JSONLinesWriter: WorkWriter {
    var needs: WorkNeeds { [.links] }
    private let dates = ISO8601DateFormatter()

    func begin(_ context: ExportContext, into out: inout [UInt8]) {}

    func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws {
        for exported in work.records {
            let key = exported.key
            let links = work.links.filter { $0.a == key || $0.b == key }.map(Self.link)
            let source = context.sources[key.source.rawValue]
            var provenance = JSONObject()
            provenance.set("source", key.source.rawValue)
            provenance.set("institution", source?.institution)
            provenance.set("endpoint", source?.endpoint)
            provenance.set("protocol", source?.protocol)
            provenance.set("lastHarvest", source?.lastSuccessfulHarvest.map(dates.string(from:)))
            provenance.set("rawHash", exported.stored.rawHash)
            provenance.set("mappingHash", exported.stored.mappingHash)
            provenance.set("normalizedAt", dates.string(from: exported.stored.normalizedAt))
            var line = JSONObject()
            line.set("work", work.id.rawValue)
            line.set("provisional", .bool(work.provisional))
            line.set("rank", work.rank.map { JSONValue.integer($0) })
            line.set("record", .raw([UInt8](exported.stored.json)))
            line.put("links", .array(links))
            line.set("provenance", provenance.value)
            line.value.write(to: &out)
            out.append(0x0A)
        }
    }

    func end(_ context: ExportContext, into out: inout [UInt8]) {}

    static func link(_ link: StoredLink) -> JSONValue {
        .object([
            ("a", .string(link.a.description)), ("b", .string(link.b.description)), ("relation", .string(link.relation.rawValue)),
            ("score", .number(link.score)), ("decision", .string(link.decision.rawValue)), ("evidence", .raw(Array(link.evidenceJSON.utf8))),
        ])
    }
}
