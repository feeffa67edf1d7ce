import Foundation

/// Where an OAI-PMH harvest stands, committed with each page.
struct OAICheckpoint: Codable, Sendable {
    enum Phase: String, Codable, Sendable { case records, sweep, done }
    var phase: Phase
    var token: String?
    var cursor: Int?
    var total: Int?
    var pages: Int
    /// Times the list was restarted after badResumptionToken.
    var restarts: Int
    /// From Identify, asked once per run.
    var granularity: String?
    var deletedRecord: String?
    /// Windows still to harvest when a failing window was bisected; nil for the run's own window.
    var windows: [OAIWindow]? = nil

    static let start = OAICheckpoint(phase: .records, token: nil, cursor: nil, total: nil, pages: 0, restarts: 0)

    func encoded() -> String {
        (try? String(decoding: JSONEncoder().encode(self), as: UTF8.self)) ?? "{}"
    }

    static func decode(_ text: String?) -> OAICheckpoint {
        guard let text, let data = text.data(using: .utf8), let checkpoint = try? JSONDecoder().decode(OAICheckpoint.self, from: data) else {
            return .start
        }
        return checkpoint
    }
}
