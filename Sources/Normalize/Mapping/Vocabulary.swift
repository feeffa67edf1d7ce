import Foundation
import Harvest

/// A vocabulary table (CSV beside the mappings): `term,label,uri[,language]` — a source term to the label and URI to use.
public struct Vocabulary: Sendable {
    public struct Entry: Sendable, Equatable {
        public var label: String
        public var uri: String?
        /// The language of `label` (the `language` column; `en` when the column is absent).
        public var language: String?
    }

    public let name: String
    private let entries: [String: Entry]
    private let memo = Memo<Entry?>(capacity: 10_000)

    public init(name: String, csv: String) throws {
        self.name = name
        let rows = CSVRows.parse(csv)
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }), let termColumn = header.firstIndex(of: "term") else {
            throw VocabularyError(message: "the vocabulary \(name) needs a header with a 'term' column (term,label,uri)")
        }
        let labelColumn = header.firstIndex(of: "label")
        let uriColumn = header.firstIndex(of: "uri")
        let languageColumn = header.firstIndex(of: "language")
        var entries: [String: Entry] = [:]
        for row in rows.dropFirst() where row.count > termColumn {
            let term = row[termColumn]
            let label = labelColumn.flatMap { $0 < row.count ? row[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 } ?? term
            let uri = uriColumn.flatMap { $0 < row.count ? row[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 }
            let language = languageColumn.map { $0 < row.count ? row[$0] : "" }.map { $0.isEmpty ? nil : $0 } ?? "en"
            entries[Self.key(term)] = Entry(label: label, uri: uri, language: language)
        }
        self.entries = entries
    }

    /// The entry for a term; a bracketed or parenthesized qualifier ("drieluik[linkerluik,buiten]") is ignored when
    /// the whole term is not in the table.
    public func lookup(_ term: String) -> Entry? {
        memo.value(for: term, compute: find)
    }

    private func find(_ term: String) -> Entry? {
        if let entry = entries[Self.key(term)] { return entry }
        guard let cut = term.firstIndex(where: { $0 == "[" || $0 == "(" }) else { return nil }
        return entries[Self.key(String(term[..<cut]))]
    }

    public var count: Int { entries.count }

    static func key(_ term: String) -> String {
        term.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

struct VocabularyError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
