import Foundation
import Model

/// The parts of a stored normalized record the linker reads, decoded without the rest (provenance paths, rights,
/// images, long descriptions' origins): decoding whole records dominated a link run's time.
struct LinkSourceRecord: Decodable {
    struct Text: Decodable { var text: String }
    struct Named: Decodable { var name: String }
    struct Agent: Decodable {
        var name: String
        var role: String?
        var qualifier: AttributionQualifier
    }
    struct Span: Decodable {
        var earliest: Int?
        var latest: Int?
    }
    struct Measure: Decodable {
        var height: Double?
        var width: Double?
        var unit: String
        var part: MeasuredPart
    }
    struct Concept: Decodable {
        var label: String
        var uri: String?
    }
    struct Inventory: Decodable { var normalized: String }
    struct Notation: Decodable { var iconclass: String? }
    struct ID: Decodable {
        var scheme: IdentifierScheme
        var value: String
    }
    struct Related: Decodable {
        var relation: String
        var target: String?
        var label: String?
    }

    var key: RecordKey
    var institution: Named?
    var titles: [Text]
    var agents: [Agent]
    var date: Span?
    var dimensions: [Measure]
    var objectTypes: [Concept]
    var materials: [Concept]
    var techniques: [Concept]
    var inventoryNumber: Inventory?
    var subjects: [Notation]
    var identifiers: [ID]
    var descriptions: [Text]
    var relatedWorks: [Related]

    /// A catalogue record holding just these parts, for ``FeatureExtractor``.
    var record: CatalogueRecord {
        CatalogueRecord(
            key: key,
            institution: institution.map { Institution(name: $0.name) },
            titles: titles.map { LocalizedText(text: $0.text) },
            agents: agents.map { AgentCredit(name: $0.name, role: $0.role, qualifier: $0.qualifier) },
            date: date.map { DateSpan(display: "", earliest: $0.earliest, latest: $0.latest) },
            dimensions: dimensions.map { Dimensions(height: $0.height, width: $0.width, unit: $0.unit, part: $0.part) },
            objectTypes: objectTypes.map { Term(label: $0.label, uri: $0.uri) },
            materials: materials.map { Term(label: $0.label, uri: $0.uri) },
            techniques: techniques.map { Term(label: $0.label, uri: $0.uri) },
            inventoryNumber: inventoryNumber.map { InventoryNumber(written: $0.normalized, normalized: $0.normalized) },
            subjects: subjects.map { Subject(iconclass: $0.iconclass) },
            identifiers: identifiers.map { Identifier(scheme: $0.scheme, value: $0.value) },
            descriptions: descriptions.map { LocalizedText(text: $0.text) },
            relatedWorks: relatedWorks.map { RelatedWorkStatement(relation: $0.relation, target: $0.target, label: $0.label) },
            harvestedAt: Date(timeIntervalSince1970: 0),
            rawHash: "")
    }
}
