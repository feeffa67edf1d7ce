/// The id of a configured source, such as `kmska` or `europeana-rubens`.
public struct SourceID: RawRepresentable, Hashable, Comparable, Codable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: SourceID, b: SourceID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// The stable key of a record: the source it came from and the source's own identifier for it.
///
/// Written as `SOURCE:RECORD-ID`, split at the first colon (record ids may contain colons).
public struct RecordKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var source: SourceID
    public var recordID: String

    public init(source: SourceID, recordID: String) {
        self.source = source
        self.recordID = recordID
    }

    /// Parses `SOURCE:RECORD-ID`; returns nil when there is no colon or either part is empty.
    public init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let source = String(text[..<colon])
        let record = String(text[text.index(after: colon)...])
        guard !source.isEmpty, !record.isEmpty else { return nil }
        self.init(source: SourceID(source), recordID: record)
    }

    public var description: String { "\(source.rawValue):\(recordID)" }
    public static func < (a: RecordKey, b: RecordKey) -> Bool {
        (a.source.rawValue, a.recordID) < (b.source.rawValue, b.recordID)
    }
}
