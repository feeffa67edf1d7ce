import Foundation
import Model

/// What the store holds for one source: for `oeuvre status`.
public struct SourceStatus: Sendable, Codable, Equatable {
    public var source: SourceID
    public var institution: String
    public var rawRecords: Int
    public var deletedRecords: Int
    public var normalizedRecords: Int
    public var quarantinedRecords: Int
    public var lastHarvest: HarvestRun?
    public var lastSuccessfulHarvest: Date?

    public init(
        source: SourceID, institution: String, rawRecords: Int = 0, deletedRecords: Int = 0, normalizedRecords: Int = 0,
        quarantinedRecords: Int = 0, lastHarvest: HarvestRun? = nil, lastSuccessfulHarvest: Date? = nil
    ) {
        self.source = source
        self.institution = institution
        self.rawRecords = rawRecords
        self.deletedRecords = deletedRecords
        self.normalizedRecords = normalizedRecords
        self.quarantinedRecords = quarantinedRecords
        self.lastHarvest = lastHarvest
        self.lastSuccessfulHarvest = lastSuccessfulHarvest
    }
}

/// A record that could not be taken in, with the reason.
public struct QuarantineEntry: Sendable, Codable, Equatable {
    public var key: RecordKey
    /// `harvest` or `normalize`.
    public var stage: String
    public var field: String?
    public var reason: String
    public var value: String?
    public var at: Date

    public init(key: RecordKey, stage: String, field: String?, reason: String, value: String?, at: Date = .oeuvreNow) {
        self.key = key
        self.stage = stage
        self.field = field
        self.reason = reason
        self.value = value
        self.at = at
    }
}

/// A source as registered in the store (the definition file's essentials).
public struct SourceRegistration: Sendable, Equatable {
    public var id: SourceID
    public var institution: String
    public var protocolName: String
    public var format: String
    public var endpoint: String

    public init(id: SourceID, institution: String, protocolName: String, format: String, endpoint: String) {
        self.id = id
        self.institution = institution
        self.protocolName = protocolName
        self.format = format
        self.endpoint = endpoint
    }
}
