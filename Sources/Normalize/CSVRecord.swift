import Foundation
import Harvest

/// CSV rows as the records Oeuvre stores: one JSON object per row, keyed by the header.
public enum CSVRecord {
    /// The first data row of a CSV text as the stored record's bytes.
    public static func firstRow(of text: String) -> [UInt8]? {
        let rows = CSVRows.parse(text)
        guard rows.count >= 2 else { return nil }
        let pairs = zip(rows[0], rows[1] + Array(repeating: "", count: max(0, rows[0].count - rows[1].count)))
        let object = Dictionary(pairs.map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        return try? [UInt8](JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }
}
