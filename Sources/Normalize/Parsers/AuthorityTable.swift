import Foundation
import Model

/// Agents with their name variants and authority identifiers, read from a CSV file such as
/// `Mappings/vocab/authorities.csv`.
///
/// The CSV has the header `preferred_name,variants,ulan,rkd,wikidata,gnd`; `variants` holds name forms separated by
/// `|`. Identifier cells may hold the bare id (`Q5599`, `68737`) or the authority's URI, which is reduced to the id.
///
/// ``lookup(_:)`` compares names by ``AgentNameNormalizer/key(_:)``: first the whole key against the keys of every
/// preferred name and variant, then — when that finds nothing — by surname and initials (`P.P. Rubens`,
/// `A. van Dyck`). Either way the match must point to exactly one entry; an ambiguous name (`Jan Brueghel`, with
/// both the Elder and the Younger in the table) finds nothing. A bare surname only matches when an entry lists it
/// as a variant.
public struct AuthorityTable: Sendable {
    /// Why a CSV could not be read.
    public enum Failure: Error, Sendable, Equatable {
        /// The header lacks this column (`preferred_name` is required, the others are optional).
        case missingColumn(String)
        /// A quoted cell is not closed; `line` is where its row starts (1-based).
        case unterminatedQuote(line: Int)
        /// A row has no preferred name.
        case emptyPreferredName(line: Int)
    }

    /// The entries in file order.
    public let entries: [AuthorityEntry]
    private let keys: [[AgentNameKey]]
    private let index: [String: Set<Int>]

    /// Reads the table from CSV text.
    public init(csv: String) throws {
        let rows: [(line: Int, fields: [String])]
        do {
            rows = try CSVReader.rows(csv)
        } catch let CSVReader.Failure.unterminatedQuote(line) {
            throw Failure.unterminatedQuote(line: line)
        }
        guard let header = rows.first?.fields.map({ TextFolding.trim($0).lowercased() }) else {
            throw Failure.missingColumn("preferred_name")
        }
        guard let nameColumn = header.firstIndex(of: "preferred_name") else {
            throw Failure.missingColumn("preferred_name")
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let variantsColumn = column("variants")
        let schemes: [(IdentifierScheme, Int?)] = [
            (.ulan, column("ulan")), (.rkd, column("rkd")), (.wikidata, column("wikidata")), (.gnd, column("gnd")),
        ]

        var entries: [AuthorityEntry] = []
        for row in rows.dropFirst() {
            func cell(_ index: Int?) -> String {
                guard let index, index < row.fields.count else { return "" }
                return TextFolding.trim(row.fields[index])
            }
            let preferred = cell(nameColumn)
            guard !preferred.isEmpty else { throw Failure.emptyPreferredName(line: row.line) }
            let variants = cell(variantsColumn).split(separator: "|").map { TextFolding.trim(String($0)) }
                .filter { !$0.isEmpty }
            var identifiers: [Identifier] = []
            for (scheme, index) in schemes {
                let value = AuthorityTable.identifierValue(cell(index))
                if !value.isEmpty { identifiers.append(Identifier(scheme: scheme, value: value)) }
            }
            entries.append(AuthorityEntry(preferredName: preferred, identifiers: identifiers, variants: variants))
        }
        self.init(entries: entries)
    }

    /// Reads the table from a CSV file.
    public init(contentsOf url: URL) throws {
        try self.init(csv: String(contentsOf: url, encoding: .utf8))
    }

    /// A table of the given entries.
    public init(entries: [AuthorityEntry]) {
        self.entries = entries
        var keys: [[AgentNameKey]] = []
        var index: [String: Set<Int>] = [:]
        for (position, entry) in entries.enumerated() {
            let entryKeys = ([entry.preferredName] + entry.variants).map(AgentNameKey.init).filter { !$0.isEmpty }
            keys.append(entryKeys)
            for key in entryKeys { index[key.text, default: []].insert(position) }
        }
        self.keys = keys
        self.index = index
    }

    /// The one entry `name` stands for, nil when there is none or more than one.
    public func lookup(_ name: String) -> AuthorityEntry? {
        let query = AgentNameKey(name)
        guard !query.isEmpty else { return nil }
        if let exact = index[query.text] {
            return exact.count == 1 ? exact.first.map { entries[$0] } : nil
        }
        var found: Set<Int> = []
        for (position, entryKeys) in keys.enumerated() where entryKeys.contains(where: { query.abbreviates($0) }) {
            found.insert(position)
        }
        return found.count == 1 ? found.first.map { entries[$0] } : nil
    }

    /// Entries whose names share a key with another entry: such names are ambiguous and never match.
    public var ambiguousKeys: [String] {
        index.filter { $0.value.count > 1 }.keys.sorted()
    }

    /// The identifier at the end of a cell: `https://rkd.nl/explore/artists/68737` → `68737`,
    /// `http://www.wikidata.org/wiki/Q5599` → `Q5599`.
    static func identifierValue(_ cell: String) -> String {
        let trimmed = cell.trimmingCharacters(in: CharacterSet(charactersIn: " /"))
        guard trimmed.contains("/") else { return trimmed }
        return trimmed.split(separator: "/").last.map(String.init) ?? ""
    }
}
