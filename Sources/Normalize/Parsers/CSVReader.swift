/// A small RFC 4180 reader: comma-separated fields, double-quoted fields with `""` escapes and line breaks,
/// CRLF or LF line ends.
public enum CSVReader {
    public enum Failure: Error, Equatable {
        /// A quoted field was not closed before the end of the text; `line` is 1-based.
        case unterminatedQuote(line: Int)
    }

    /// The rows of `text`, each with its 1-based starting line number; blank lines are skipped.
    public static func rows(_ text: String) throws(Failure) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var iterator = Array(text.unicodeScalars.map(Character.init))[...]
        func endRow() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
            fields = []
        }
        while let c = iterator.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if iterator.first == "\"" {
                        field.append("\"")
                        iterator.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\r":
                if iterator.first == "\n" { iterator.removeFirst() }
                endRow()
                line += 1
                rowLine = line
            case "\n":
                endRow()
                line += 1
                rowLine = line
            default:
                field.append(c)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: rowLine) }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
