import Foundation
import Model
import Normalize

/// Reads and writes links files (RFC 4180 CSV, header `source_a,record_a,source_b,record_b,relation,score`).
public enum LinksFile {
    /// The rows of a links file; errors name the file, the line and the column.
    public static func read(path: String) throws -> [LinkRow] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw FileLocatedError(file: path, message: "cannot read the file as UTF-8 text")
        }
        let rows: [(line: Int, fields: [String])]
        do {
            rows = try CSVReader.rows(text)
        } catch {
            if case .unterminatedQuote(let line) = error {
                throw FileLocatedError(file: path, line: line, message: "a quoted field is not closed")
            }
            throw FileLocatedError(file: path, message: "not valid CSV")
        }
        guard let header = rows.first else { return [] }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "") }
        guard Array(names.prefix(5)) == Array(LinkRow.header.prefix(5)) else {
            throw FileLocatedError(file: path, line: header.line, message: "the header must be `\(LinkRow.header.joined(separator: ","))`")
        }
        return try rows.dropFirst().map { row in
            guard row.fields.count >= 5 else {
                throw FileLocatedError(file: path, line: row.line, message: "expected at least 5 fields, found \(row.fields.count)")
            }
            let f = row.fields
            guard !f[0].isEmpty, !f[1].isEmpty, !f[2].isEmpty, !f[3].isEmpty else {
                throw FileLocatedError(file: path, line: row.line, message: "source and record of both ends must not be empty")
            }
            guard let relation = LinkRelation(name: f[4]) else {
                throw FileLocatedError(file: path, line: row.line, key: "relation", message: "unknown relation `\(f[4])`; use one of \(LinkRelation.names)")
            }
            let score = f.count > 5 ? Double(f[5]) : nil
            return LinkRow(a: RecordKey(source: SourceID(f[0]), recordID: f[1]), b: RecordKey(source: SourceID(f[2]), recordID: f[3]), relation: relation, score: score)
        }
    }

    /// One CSV line (with CRLF, as RFC 4180 has it) for a row.
    public static func line(_ row: LinkRow) -> String {
        let score = row.score.map { String(format: "%.3f", $0) } ?? ""
        return [row.a.source.rawValue, row.a.recordID, row.b.source.rawValue, row.b.recordID, row.relation.rawValue, score].map(csvField).joined(separator: ",") + "\r\n"
    }

    /// The header line.
    public static var headerLine: String { LinkRow.header.joined(separator: ",") + "\r\n" }

    /// A field quoted when it holds a comma, a quote or a line break.
    public static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
