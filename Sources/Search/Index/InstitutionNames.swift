import Foundation
import Model

/// The ways catalogues write an institution's name (`Mappings/link/institutions.csv`, the linker's table), so that
/// the institution facet counts one institution once and `institution:` finds it under any of its names.
///
/// An institution is named in results and facets by the first of its names in the file.
struct InstitutionNames: Sendable {
    /// Institution id by folded name.
    private let ids: [String: String]
    /// Every name of an institution, in file order.
    private let names: [String: [String]]
    /// The tokens of every name, with its institution's id.
    private let tokenized: [(id: String, tokens: [String])]

    static let empty = InstitutionNames(ids: [:], names: [:])

    private init(ids: [String: String], names: [String: [String]]) {
        self.ids = ids
        self.names = names
        tokenized = names.flatMap { id, list in list.map { (id, SearchText.tokens($0)) } }.sorted { $0.id < $1.id }
    }

    /// The institutions one of whose names contains the words in this order (the last a prefix when `prefix`).
    func ids(matching words: [String], prefix: Bool) -> [String] {
        var result: [String] = []
        for (id, tokens) in tokenized where !result.contains(id) && tokens.count >= words.count {
            for start in 0...(tokens.count - words.count) {
                let matches = words.indices.allSatisfy { index in
                    let token = tokens[start + index]
                    return prefix && index == words.count - 1 ? token.hasPrefix(words[index]) : token == words[index]
                }
                if matches {
                    result.append(id)
                    break
                }
            }
        }
        return result
    }

    /// Reads `link/institutions.csv` (`alias,institution_id`; `#` comments; fields may be quoted); no file, no names.
    static func load(mappings: String) throws -> InstitutionNames {
        let path = (mappings as NSString).appendingPathComponent("link/institutions.csv")
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw FileLocatedError(file: path, line: nil, key: nil, message: "cannot read the institution names")
        }
        var ids: [String: String] = [:]
        var names: [String: [String]] = [:]
        for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if number == 0 || trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = Self.fields(trimmed)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw FileLocatedError(file: path, line: number + 1, key: nil, message: "expected `alias,institution_id`")
            }
            ids[SearchText.indexed(fields[0])] = fields[1]
            names[fields[1], default: []].append(fields[0])
        }
        return InstitutionNames(ids: ids, names: names)
    }

    /// The institution's id and every name it goes by, nil for a name the table does not know.
    func lookup(_ name: String) -> (id: String, names: [String])? {
        guard let id = ids[SearchText.indexed(name)], let list = names[id] else { return nil }
        return (id, list)
    }

    /// The fields of a CSV line, with double-quoted fields (`""` for a quote inside).
    private static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                if current.last == "\"" { current.append("\"") }
                quoted = true
            } else if character == "," {
                fields.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current.trimmingCharacters(in: .whitespaces))
        return fields
    }
}
