/// The stable id of a work: one physical object, described by one or more records (`w-…`).
public struct WorkID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: WorkID, b: WorkID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// A work: the records that describe one physical object.
public struct Work: Codable, Sendable, Hashable {
    public var id: WorkID
    /// Member records in key order.
    public var members: [RecordKey]

    public init(id: WorkID, members: [RecordKey]) {
        self.id = id
        self.members = members.sorted()
    }
}

/// A typed relation between two works, carried up from the strongest link between their records.
public struct WorkRelation: Codable, Sendable, Hashable {
    /// The derived work for directed relations (copy, study, print, version).
    public var a: WorkID
    public var b: WorkID
    public var relation: LinkRelation
    public var score: Double

    public init(a: WorkID, b: WorkID, relation: LinkRelation, score: Double) {
        self.a = a
        self.b = b
        self.relation = relation
        self.score = score
    }
}

/// What happened to a work in a link run.
public struct WorkEvent: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case created, merged, split, removed
    }

    public var kind: Kind
    public var work: WorkID
    /// The other works involved: merged from, split into.
    public var others: [WorkID]

    public init(kind: Kind, work: WorkID, others: [WorkID] = []) {
        self.kind = kind
        self.work = work
        self.others = others
    }
}
