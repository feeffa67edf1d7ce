/// A text in a language, such as a title or a description.
public struct LocalizedText: Codable, Sendable, Hashable {
    public var text: String
    /// BCP 47 language tag (`nl`, `de`, `en-GB`), nil when the source does not say.
    public var language: String?
    /// True when the source marks this text as its preferred form.
    public var preferred: Bool
    public var origin: FieldOrigin?

    public init(text: String, language: String? = nil, preferred: Bool = false, origin: FieldOrigin? = nil) {
        self.text = text
        self.language = language
        self.preferred = preferred
        self.origin = origin
    }
}

/// A term from a vocabulary: object type, material, technique, rights statement.
public struct Term: Codable, Sendable, Hashable {
    public var label: String
    public var language: String?
    /// A vocabulary URI (AAT, Wikidata, a local concept id).
    public var uri: String?
    public var origin: FieldOrigin?

    public init(label: String, language: String? = nil, uri: String? = nil, origin: FieldOrigin? = nil) {
        self.label = label
        self.language = language
        self.uri = uri
        self.origin = origin
    }
}

/// What is depicted, with an Iconclass notation where the source gives one.
public struct Subject: Codable, Sendable, Hashable {
    public var label: String?
    public var language: String?
    /// Iconclass notation, normalized (spaces and trailing colons removed): `23D42`.
    public var iconclass: String?
    public var uri: String?
    public var origin: FieldOrigin?

    public init(
        label: String? = nil, language: String? = nil, iconclass: String? = nil, uri: String? = nil,
        origin: FieldOrigin? = nil
    ) {
        self.label = label
        self.language = language
        self.iconclass = iconclass
        self.uri = uri
        self.origin = origin
    }
}

/// The holding institution.
public struct Institution: Codable, Sendable, Hashable {
    public var name: String
    public var uri: String?
    public var origin: FieldOrigin?

    public init(name: String, uri: String? = nil, origin: FieldOrigin? = nil) {
        self.name = name
        self.uri = uri
        self.origin = origin
    }
}

/// An inventory number as written and in a comparable form (`Gal.-Nr. 962 B` → `962B`).
public struct InventoryNumber: Codable, Sendable, Hashable {
    public var written: String
    public var normalized: String
    public var origin: FieldOrigin?

    public init(written: String, normalized: String, origin: FieldOrigin? = nil) {
        self.written = written
        self.normalized = normalized
        self.origin = origin
    }
}

/// A span of years with the text the catalogue wrote.
public struct DateSpan: Codable, Sendable, Hashable {
    public var display: String
    public var earliest: Int?
    public var latest: Int?
    public var origin: FieldOrigin?

    public init(display: String, earliest: Int? = nil, latest: Int? = nil, origin: FieldOrigin? = nil) {
        self.display = display
        self.earliest = earliest
        self.latest = latest
        self.origin = origin
    }
}

/// Which part of an object was measured.
public enum MeasuredPart: String, Codable, Sendable, Hashable, CaseIterable {
    case support, frame, image, sight, object, plate, sheet, unknown
}

/// Dimensions of an object or one of its parts.
public struct Dimensions: Codable, Sendable, Hashable {
    public var height: Double?
    public var width: Double?
    public var depth: Double?
    /// Unit of the numbers: `cm`, `mm`, `m`, `in`.
    public var unit: String
    public var part: MeasuredPart
    public var display: String?
    public var origin: FieldOrigin?

    public init(
        height: Double? = nil, width: Double? = nil, depth: Double? = nil, unit: String = "cm",
        part: MeasuredPart = .unknown, display: String? = nil, origin: FieldOrigin? = nil
    ) {
        self.height = height
        self.width = width
        self.depth = depth
        self.unit = unit
        self.part = part
        self.display = display
        self.origin = origin
    }
}

/// A provenance entry (ownership history) as the source states it.
public struct ProvenanceEntry: Codable, Sendable, Hashable {
    public var text: String
    public var origin: FieldOrigin?

    public init(text: String, origin: FieldOrigin? = nil) {
        self.text = text
        self.origin = origin
    }
}

/// A statement by the source that this record relates to another work.
public struct RelatedWorkStatement: Codable, Sendable, Hashable {
    /// The relation as the source wrote it (`isPartOf`, `Kopie nach`, a URI).
    public var relation: String
    /// An identifier or URI of the related work, when given.
    public var target: String?
    /// A label of the related work, when given.
    public var label: String?
    public var origin: FieldOrigin?

    public init(relation: String, target: String? = nil, label: String? = nil, origin: FieldOrigin? = nil) {
        self.relation = relation
        self.target = target
        self.label = label
        self.origin = origin
    }
}
