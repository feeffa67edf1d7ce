/// A problem with one record, kept as a value so that a run can go on.
public struct Diagnostic: Codable, Sendable, Hashable, CustomStringConvertible {
    public enum Level: String, Codable, Sendable, Hashable {
        case warning, error
    }

    public var level: Level
    public var source: SourceID
    public var recordID: String?
    /// The schema field or source path concerned.
    public var field: String?
    /// The offending value, shortened.
    public var value: String?
    /// What is wrong and what to do about it.
    public var message: String

    public init(
        level: Level, source: SourceID, recordID: String? = nil, field: String? = nil, value: String? = nil,
        message: String
    ) {
        self.level = level
        self.source = source
        self.recordID = recordID
        self.field = field
        self.value = value.map { Diagnostic.shorten($0) }
        self.message = message
    }

    public var description: String {
        var parts = ["\(level.rawValue): source \(source)"]
        if let recordID { parts.append("record \(recordID)") }
        if let field { parts.append("field \(field)") }
        var text = parts.joined(separator: ", ") + ": " + message
        if let value { text += " (value: \"\(value)\")" }
        return text
    }

    /// Keeps diagnostics small: whole payloads never go into a message.
    static func shorten(_ value: String, limit: Int = 120) -> String {
        value.count <= limit ? value : String(value.prefix(limit)) + "…"
    }
}
