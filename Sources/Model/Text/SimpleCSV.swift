import Foundation

/// The small comma-separated tables Oeuvre ships as data (`Mappings/link/`): a fixed header, one row per line, no
/// quoting, `#` comments. Errors name the file and the line.
public enum SimpleCSV {
    /// The rows after the header, with their line numbers; throws when the header or a row's width is wrong.
    public static func rows(_ text: String, path: String, header: [String]) throws -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
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
}
