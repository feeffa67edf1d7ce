import Foundation
import Harvest
import Model

/// Shows harvest progress on stderr: a live line on a terminal, a log line every few seconds otherwise.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let interactive = isatty(STDERR_FILENO) != 0
    private let started = Date()
    private var lastLine = Date.distantPast
    private var latest: [SourceID: HarvestProgress] = [:]

    func report(_ progress: HarvestProgress) {
        lock.withLock {
            latest[progress.source] = progress
            let now = Date()
            guard now.timeIntervalSince(lastLine) >= (interactive ? 0.2 : 5) else { return }
            lastLine = now
            let elapsed = max(now.timeIntervalSince(started), 0.001)
            let parts = latest.values.sorted { $0.source < $1.source }.map { item -> String in
                var text = "\(item.source): \(item.records)"
                if let total = item.total, total > 0 { text += "/\(total)" }
                text += " records, \(item.pages) pages, \(Int(Double(item.records) / elapsed)) records/s"
                let rate = Double(item.records) / elapsed
                if let total = item.total, rate > 0, item.records < total { text += ", ETA \(Int(Double(total - item.records) / rate))s" }
                return text
            }
            let line = parts.joined(separator: " | ")
            FileHandle.standardError.write(Data((interactive ? "\r\u{1B}[K" + line : line + "\n").utf8))
        }
    }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
