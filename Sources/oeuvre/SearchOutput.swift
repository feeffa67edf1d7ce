import Foundation
import Model
import Search

/// How `oeuvre search` prints results: a readable listing, JSON Lines, or CSV.
enum SearchOutput {
    /// One block per work: rank, title, date, id and sources; a table of its records; its related works. Then the
    /// facets.
    static func text(_ results: SearchResults) -> String {
        guard results.total > 0 else { return "No works match \(quoted(results.query))." }
        let last = results.offset + results.works.count
        var lines = ["\(results.total) work\(results.total == 1 ? "" : "s") match; showing \(results.offset + 1)–\(last).", ""]
        for work in results.works {
            var head = "\(work.rank). \(work.title ?? "(untitled)")"
            if let date = work.date { head += " — \(date)" }
            lines.append(head)
            let sources = work.sourceCount == 1 ? "1 source" : "\(work.sourceCount) sources"
            lines.append("   \(work.id)\(work.provisional ? " (not linked yet)" : "") · \(sources) · score \(String(format: "%.2f", work.score))\(work.thumbnail.map { " · image \($0)" } ?? "")")
            let rows = work.records.map { record in
                ["   " + record.key.description, record.institution ?? "", clip(record.title ?? "", 40), clip(record.attribution ?? "", 36), record.date ?? "", record.inventoryNumber ?? ""]
            }
            lines.append(TextTable.render(header: ["   RECORD", "INSTITUTION", "TITLE", "ATTRIBUTION", "DATE", "INV. NO."], rows: rows))
            for related in work.related {
                lines.append("   ↳ \(related.phrase) \(related.id)\(related.title.map { " “\($0)”" } ?? "") (\(String(format: "%.2f", related.score)))")
            }
            lines.append("")
        }
        for facet in results.facets where !facet.values.isEmpty {
            lines.append("\(facet.name.rawValue): " + facet.values.map { "\($0.value) (\($0.count))" }.joined(separator: " · "))
        }
        if last < results.total { lines.append("\nMore: --offset \(last)") }
        return lines.joined(separator: "\n")
    }

    /// A first line `{"query", "total", "offset", "limit", "facets"}`, then one line per work.
    static func jsonLines(_ results: SearchResults) throws -> String {
        struct Head: Encodable {
            var query: String
            var total: Int
            var offset: Int
            var limit: Int
            var facets: [Facet]
        }
        let encoder = JSONCoding.encoder()
        var lines = [String(decoding: try encoder.encode(Head(query: results.query, total: results.total, offset: results.offset, limit: results.limit, facets: results.facets)), as: UTF8.self)]
        for work in results.works { lines.append(String(decoding: try encoder.encode(work), as: UTF8.self)) }
        return lines.joined(separator: "\n")
    }

    /// One row per record of each work, for spreadsheets.
    static func csv(_ results: SearchResults) -> String {
        var text = "rank,work,score,sources,source,record,institution,title,attribution,date,inventory_number,thumbnail,url\r\n"
        for work in results.works {
            for record in work.records {
                let cells = [
                    String(work.rank), work.id.rawValue, String(work.score), String(work.sourceCount), record.key.source.rawValue, record.key.recordID,
                    record.institution ?? "", record.title ?? "", record.attribution ?? "", record.date ?? "", record.inventoryNumber ?? "",
                    record.thumbnail ?? "", record.url ?? "",
                ]
                text += cells.map(csvCell).joined(separator: ",") + "\r\n"
            }
        }
        return text
    }

    /// A CSV cell: quoted when needed; a leading `=`, `+`, `-` or `@` is escaped so spreadsheets do not run it.
    static func csvCell(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func clip(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    private static func quoted(_ text: String) -> String { "“\(text)”" }
}
