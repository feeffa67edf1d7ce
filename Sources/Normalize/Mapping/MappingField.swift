/// The schema fields a mapping can fill, with the parts each rule may give (paths relative to the rule's node).
public enum MappingField: String, CaseIterable, Sendable {
    case institution, titles, agents, date, dimensions
    case objectTypes = "object_types"
    case materials, techniques
    case inventoryNumber = "inventory_number"
    case subjects, identifiers, images, rights, descriptions, provenance
    case relatedWorks = "related_works"
    case sourceURL = "source_url"

    /// Parts a rule of this field may name.
    public var parts: [String] {
        switch self {
        case .institution: ["name", "uri"]
        case .titles, .descriptions: ["text", "language", "preferred"]
        case .agents: ["name", "role", "qualifier", "ids"]
        case .date: ["display", "earliest", "latest"]
        case .dimensions: ["display", "type", "value", "unit", "part"]
        case .objectTypes, .materials, .techniques, .rights: ["label", "language", "uri"]
        case .inventoryNumber, .provenance, .sourceURL: ["text"]
        case .subjects: ["label", "language", "iconclass", "uri"]
        case .identifiers: ["value", "scheme"]
        case .images: ["url", "kind"]
        case .relatedWorks: ["relation", "target", "label"]
        }
    }

    /// The part a rule's `value:` shorthand stands for.
    public var primaryPart: String { parts[0] }

    /// Parsers that make sense for this field.
    public var parsers: Set<String> {
        switch self {
        case .agents: ["agent_name", "attribution"]
        case .date: ["date"]
        case .dimensions: ["dimensions"]
        case .inventoryNumber: ["inventory"]
        default: []
        }
    }

    /// Fields that hold one value: the first rule that gives one wins.
    public var isSingle: Bool {
        switch self {
        case .institution, .date, .inventoryNumber, .sourceURL: true
        default: false
        }
    }
}
