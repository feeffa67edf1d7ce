import Foundation
import Model

/// The data the linker reads from `Mappings/link/`: iconographic terms and stop words, institution aliases and the
/// object-kind terms. A change to any of them changes ``fingerprint`` and so re-links every record.
public struct LinkTables: Sendable {
    public var iconography: IconographyTable
    /// Institution id by folded alias.
    public var institutions: [String: String]
    /// Object kind by folded term or by vocabulary URI.
    public var kinds: [String: ObjectKind]
    public var relationPhrases: RelationPhrases
    /// A digest of the tables and the linker's version.
    public var fingerprint: String

    /// The linker's rules version: raise it when scoring changes so stored features and links are recomputed.
    static let rulesVersion = "link-rules-4"

    public init(iconography: IconographyTable, institutions: [String: String], kinds: [String: ObjectKind], relationPhrases: RelationPhrases, fingerprint: String) {
        self.iconography = iconography
        self.relationPhrases = relationPhrases
        self.institutions = institutions
        self.kinds = kinds
        self.fingerprint = fingerprint
    }

    /// Loads the tables from a mappings folder.
    public static func load(mappings: String) throws -> LinkTables {
        let folder = (mappings as NSString).appendingPathComponent("link")
        let iconography = try IconographyTable.load(mappings: mappings)
        var digest = rulesVersion
        func rows(_ name: String, header: [String], optional: Bool = false) throws -> [(Int, [String])] {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                if optional { return [] }
                throw FileLocatedError(file: path, message: "cannot read the file; it ships with Oeuvre under Mappings/link/")
            }
            digest += "\n" + name + "\n" + text
            return try SimpleCSV.rows(text, path: path, header: header)
        }
        var institutions: [String: String] = [:]
        for (_, fields) in try rows("institutions.csv", header: ["alias", "institution_id"], optional: true) {
            institutions[TextFolding.fold(fields[0])] = fields[1]
        }
        var kinds: [String: ObjectKind] = [:]
        for (line, fields) in try rows("object_kinds.csv", header: ["kind", "term"]) {
            guard let kind = ObjectKind(rawValue: fields[0]) else {
                throw FileLocatedError(
                    file: (folder as NSString).appendingPathComponent("object_kinds.csv"), line: line, key: "kind",
                    message: "unknown kind `\(fields[0])`; use one of \(ObjectKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds[fields[1].hasPrefix("http") ? fields[1] : TextFolding.fold(fields[1])] = kind
        }
        let phrasesPath = (folder as NSString).appendingPathComponent("relation_phrases.csv")
        let relationPhrases = try RelationPhrases(rows: try rows("relation_phrases.csv", header: ["relation", "phrase"]), path: phrasesPath)
        for name in ["iconography.csv", "stopwords.csv"] {
            digest += "\n" + name + "\n" + ((try? String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)) ?? "")
        }
        return LinkTables(iconography: iconography, institutions: institutions, kinds: kinds, relationPhrases: relationPhrases, fingerprint: String(SHA256.hex(digest).prefix(16)))
    }
}
