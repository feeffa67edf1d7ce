import Model

/// What a result shows of one member record: where it is held, what it is called, by whom, when, and its number.
public struct RecordSummary: Codable, Sendable, Equatable {
    public var key: RecordKey
    public var institution: String?
    /// The record's preferred title and its language.
    public var title: String?
    public var titleLanguage: String?
    /// Every title of the record, for choosing one in the reader's language.
    public var titles: [LocalizedText]
    /// The agents with their qualifiers, as `Rubens, Peter Paul (workshop of)`.
    public var attribution: String?
    public var agents: [AgentSummary]
    /// The date as the record writes it, and its span.
    public var date: String?
    public var earliest: Int?
    public var latest: Int?
    public var inventoryNumber: String?
    public var objectTypes: [String]
    /// An image URL (a IIIF image service's rendering, or the image itself), when the record has one.
    public var thumbnail: String?
    /// The record's page at its source.
    public var url: String?

    public init(
        key: RecordKey, institution: String?, title: String?, titleLanguage: String?, titles: [LocalizedText],
        attribution: String?, agents: [AgentSummary], date: String?, earliest: Int?, latest: Int?,
        inventoryNumber: String?, objectTypes: [String], thumbnail: String?, url: String?
    ) {
        self.key = key
        self.institution = institution
        self.title = title
        self.titleLanguage = titleLanguage
        self.titles = titles
        self.attribution = attribution
        self.agents = agents
        self.date = date
        self.earliest = earliest
        self.latest = latest
        self.inventoryNumber = inventoryNumber
        self.objectTypes = objectTypes
        self.thumbnail = thumbnail
        self.url = url
    }
}

/// An agent credited in a record, with how firm the attribution is.
public struct AgentSummary: Codable, Sendable, Equatable {
    public var name: String
    public var qualifier: AttributionQualifier
    public var role: String?

    public init(name: String, qualifier: AttributionQualifier, role: String?) {
        self.name = name
        self.qualifier = qualifier
        self.role = role
    }
}
