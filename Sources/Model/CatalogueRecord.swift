import Foundation

/// One source's description of one object, mapped into Oeuvre's shared schema.
///
/// Keyed by ``RecordKey``; every value can say which source field it came from.
public struct CatalogueRecord: Codable, Sendable, Equatable {
    public var key: RecordKey
    public var institution: Institution?
    public var titles: [LocalizedText]
    public var agents: [AgentCredit]
    public var date: DateSpan?
    public var dimensions: [Dimensions]
    public var objectTypes: [Term]
    public var materials: [Term]
    public var techniques: [Term]
    public var inventoryNumber: InventoryNumber?
    public var subjects: [Subject]
    public var identifiers: [Identifier]
    public var images: [ImageReference]
    public var rights: [Term]
    public var descriptions: [LocalizedText]
    public var provenance: [ProvenanceEntry]
    public var relatedWorks: [RelatedWorkStatement]
    public var sourceURL: String?
    /// When the raw record was harvested (whole seconds).
    public var harvestedAt: Date
    /// SHA-256 (hex) of the raw record this was normalized from.
    public var rawHash: String
    /// Problems found while normalizing that did not stop the record (an unparseable date).
    public var warnings: [Diagnostic]

    public init(
        key: RecordKey, institution: Institution? = nil, titles: [LocalizedText] = [], agents: [AgentCredit] = [],
        date: DateSpan? = nil, dimensions: [Dimensions] = [], objectTypes: [Term] = [], materials: [Term] = [],
        techniques: [Term] = [], inventoryNumber: InventoryNumber? = nil, subjects: [Subject] = [],
        identifiers: [Identifier] = [], images: [ImageReference] = [], rights: [Term] = [],
        descriptions: [LocalizedText] = [], provenance: [ProvenanceEntry] = [],
        relatedWorks: [RelatedWorkStatement] = [], sourceURL: String? = nil, harvestedAt: Date,
        rawHash: String, warnings: [Diagnostic] = []
    ) {
        self.key = key
        self.institution = institution
        self.titles = titles
        self.agents = agents
        self.date = date
        self.dimensions = dimensions
        self.objectTypes = objectTypes
        self.materials = materials
        self.techniques = techniques
        self.inventoryNumber = inventoryNumber
        self.subjects = subjects
        self.identifiers = identifiers
        self.images = images
        self.rights = rights
        self.descriptions = descriptions
        self.provenance = provenance
        self.relatedWorks = relatedWorks
        self.sourceURL = sourceURL
        self.harvestedAt = harvestedAt
        self.rawHash = rawHash
        self.warnings = warnings
    }

    /// The preferred title: the one marked preferred, else the first.
    public var preferredTitle: LocalizedText? {
        titles.first(where: \.preferred) ?? titles.first
    }
}
