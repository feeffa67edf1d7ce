import Foundation

/// The small comma-separated tables Oeuvre ships as data (`Mappings/link/`): a fixed header, one row per line,
/// double quotes around a field that holds a comma, `#` comments. Errors name the file and the line.
public enum SimpleCSV {
    /// The rows after the header, with their line numbers; throws when the header or a row's width is wrong.
    public static func rows(_ text: String, path: String, header: [String]) throws -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = fieldsOf(trimmed).map { $0.trimmingCharacters(in: .whitespaces) }
            if index == 0 {
                guard fields == header else {
                    throw FileLocatedError(file: path, line: 1, key: nil, message: "the header must be `\(header.joined(separator: ","))`")
                }
                continue
            }
            guard fields.count == header.count else {
                throw FileLocatedError(file: path, line: index + 1, key: nil, message: "expected \(header.count) comma-separated fields, found \(fields.count)")
            }
            result.append((index + 1, fields))
        }
        return result
    }

    /// The comma-separated fields of one line; a field in double quotes may hold commas, and `""` inside it is a
    /// quote (RFC 4180), so names such as `"Antwerpen, Koninklijk Museum voor Schone Kunsten"` fit in one field.
    static func fieldsOf(_ line: String) -> [String] {
        guard line.contains("\"") else { return line.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var fields: [String] = []
        var field = ""
        var quoted = false
        var characters = line.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
