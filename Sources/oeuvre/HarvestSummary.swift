import Foundation
import Harvest

/// The table printed after a harvest.
enum HarvestSummary {
    static func render(_ results: [SourceHarvestResult]) -> String {
        let rows = results.map { result -> [String] in
            [
                result.source.rawValue, result.succeeded ? "ok" : "FAILED", String(result.counts.added), String(result.counts.changed),
                String(result.counts.deleted), String(result.counts.quarantined), ByteCount.text(result.counts.bytes),
                String(format: "%.1fs", result.seconds), String(Int(result.recordsPerSecond)),
            ]
        }
        var text = TextTable.render(header: ["SOURCE", "STATUS", "ADDED", "CHANGED", "DELETED", "QUARANTINED", "BYTES", "TIME", "RECORDS/S"], rows: rows)
        for result in results where !result.succeeded {
            text += "\n\nerror: " + (result.error ?? "unknown error")
        }
        return text
    }
}

enum ByteCount {
    static func text(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return String(format: "%.1f KB", Double(bytes) / Double(1 << 10)) }
        return "\(bytes) B"
    }
}
