import Model

/// The part of a stored `CatalogueRecord` the index reads, decoded from the record's JSON without the rest
/// (field origins, dimensions, rights, warnings, timestamps): decoding is most of the cost of indexing.
///
/// Field names and shapes are those of `CatalogueRecord`'s Codable form.
struct IndexedRecord: Decodable, Sendable {
    struct Text: Decodable, Sendable {
        var text: String
        var language: String?
        var preferred: Bool?
    }

    struct Label: Decodable, Sendable {
        var label: String?
    }

    struct Agent: Decodable, Sendable {
        var name: String
        var display: String?
        var role: String?
        var qualifier: AttributionQualifier
        var authorityIDs: [ID]
    }

    struct ID: Decodable, Sendable {
        var scheme: IdentifierScheme
        var value: String
    }

    struct Date: Decodable, Sendable {
        var display: String
        var earliest: Int?
        var latest: Int?
    }

    struct Inventory: Decodable, Sendable {
        var written: String
        var normalized: String
    }

    struct Topic: Decodable, Sendable {
        var label: String?
        var iconclass: String?
    }

    struct Image: Decodable, Sendable {
        var kind: ImageKind
        var url: String
    }

    struct Institution: Decodable, Sendable {
        var name: String
    }

    struct Statement: Decodable, Sendable {
        var label: String?
        var text: String?
    }

    var key: RecordKey
    var institution: Institution?
    var titles: [Text]
    var agents: [Agent]
    var date: Date?
    var objectTypes: [Label]
    var materials: [Label]
    var techniques: [Label]
    var inventoryNumber: Inventory?
    var subjects: [Topic]
    var identifiers: [ID]
    var images: [Image]
    var descriptions: [Text]
    var provenance: [Statement]
    var relatedWorks: [Statement]
    var sourceURL: String?

    /// The preferred title: the one marked preferred, else the first.
    var preferredTitle: Text? {
        titles.first(where: { $0.preferred == true }) ?? titles.first
    }
}
