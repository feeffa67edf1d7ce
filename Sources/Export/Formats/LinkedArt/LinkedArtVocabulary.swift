import Model

/// The Getty AAT terms Linked Art requires or recommends for what Oeuvre exports (linked.art, "Vocabulary Terms":
/// required, recommended and optional), and the URIs of languages, units and authorities.
enum LinkedArtVocabulary {
    static let context = "https://linked.art/ns/v1/linked-art.json"

    static func aat(_ number: String, _ label: String) -> JSONValue {
        .object([("id", .string("http://vocab.getty.edu/aat/\(number)")), ("type", .string("Type")), ("_label", .string(label))])
    }

    // Names and identifiers.
    static let primaryName = aat("300404670", "Primary Name")
    static let alternateName = aat("300264273", "Alternate Name")
    static let displayName = aat("300404669", "Display Name")
    static let accessionNumber = aat("300312355", "Accession Number")
    static let systemNumber = aat("300435704", "System Number")
    static let localNumber = aat("300404621", "Local Number")

    // Statements, each typed with the "brief text" meta-type.
    static let briefText = aat("300418049", "Brief Text")
    static func statementType(_ number: String, _ label: String) -> JSONValue {
        .object([
            ("id", .string("http://vocab.getty.edu/aat/\(number)")), ("type", .string("Type")), ("_label", .string(label)),
            ("classified_as", .array([briefText])),
        ])
    }
    static let description = statementType("300435416", "Description")
    static let provenanceStatement = statementType("300435438", "Provenance Statement")
    static let dimensionsStatement = statementType("300435430", "Dimensions Statement")
    static let productionStatement = statementType("300435436", "Production Statement")
    static let note = statementType("300027200", "Note")

    /// The meta-type of object types.
    static let typeOfWork = aat("300435443", "Type of Work")

    // Dimensions.
    static let height = aat("300055644", "height")
    static let width = aat("300055647", "width")
    static let depth = aat("300072633", "depth")
    static let frame = aat("300404391", "Frame")

    /// A measurement unit by the code a record gives (`cm`, `mm`, `m`, `in`).
    static func unit(_ code: String) -> JSONValue {
        let known: [String: (String, String)] = [
            "cm": ("300379098", "centimeters"), "mm": ("300379097", "millimeters"), "m": ("300379099", "meters"), "in": ("300379100", "inches"),
        ]
        guard let (number, label) = known[code.lowercased()] else {
            return .object([("type", .string("MeasurementUnit")), ("_label", .string(code))])
        }
        return .object([("id", .string("http://vocab.getty.edu/aat/\(number)")), ("type", .string("MeasurementUnit")), ("_label", .string(label))])
    }

    // Digital objects.
    static let digitalImage = aat("300215302", "Digital Image")
    static let webPage = aat("300264578", "Web Page")

    // Attributions: groups of a master (Group Types), and the qualifiers Linked Art expresses on the production.
    static func groupType(_ qualifier: AttributionQualifier) -> JSONValue? {
        switch qualifier {
        case .workshopOf: aat("300404274", "Workshop (of)")
        case .studioOf: aat("300404275", "Studio (of)")
        case .circleOf: aat("300404283", "Circle (of)")
        case .followerOf: aat("300404282", "Followers (of)")
        case .schoolOf: aat("300404284", "School (of)")
        default: nil
        }
    }
    static let attributedTo = aat("300404269", "attributed to")
    static let after = aat("300404286", "after")
    static let mannerOf = aat("300404288", "manner of")

    /// A language by its BCP 47 tag: the AAT term for the partners' languages, the Library of Congress's ISO 639
    /// URI for others; the tag itself is kept as the language's notation.
    static func language(_ tag: String) -> JSONValue {
        let primary = tag.split(separator: "-").first.map { String($0).lowercased() } ?? tag.lowercased()
        let aat: [String: (String, String)] = [
            "en": ("300388277", "English"), "nl": ("300388256", "Dutch"), "de": ("300388344", "German"), "fr": ("300388306", "French"),
            "la": ("300388693", "Latin"), "it": ("300388474", "Italian"), "es": ("300389311", "Spanish"),
        ]
        var language = JSONObject()
        if let (number, _) = aat[primary] {
            language.set("id", "http://vocab.getty.edu/aat/\(number)")
        } else if primary.count == 2, primary.allSatisfy(\.isLetter) {
            language.set("id", "http://id.loc.gov/vocabulary/iso639-1/\(primary)")
        } else if primary.count == 3, primary.allSatisfy(\.isLetter) {
            language.set("id", "http://id.loc.gov/vocabulary/iso639-2/\(primary)")
        }
        language.set("type", "Language")
        language.set("_label", aat[primary]?.1 ?? tag)
        language.put("notation", .array([.string(tag)]))
        return language.value
    }

    /// The URI of an authority identifier of an agent; nil for schemes without one.
    static func agentURI(_ identifier: Identifier) -> String? {
        if URIText.isHTTP(identifier.value) { return URIText.cleaned(identifier.value) }
        let value = URIText.segment(identifier.value)
        switch identifier.scheme {
        case .ulan: return "http://vocab.getty.edu/ulan/\(value)"
        case .rkd: return "https://rkd.nl/explore/artists/\(value)"
        case .wikidata: return "http://www.wikidata.org/entity/\(value)"
        case .gnd: return "https://d-nb.info/gnd/\(value)"
        case .viaf: return "http://viaf.org/viaf/\(value)"
        default: return nil
        }
    }

    /// The URI of an identifier of the object itself in another system (Wikidata, Europeana, an object URI); nil
    /// for numbers without one.
    static func objectURI(_ identifier: Identifier) -> String? {
        switch identifier.scheme {
        case .uri: return URIText.isHTTP(identifier.value) ? URIText.cleaned(identifier.value) : nil
        case .wikidata: return URIText.isHTTP(identifier.value) ? URIText.cleaned(identifier.value) : "http://www.wikidata.org/entity/\(URIText.segment(identifier.value))"
        case .europeana:
            if URIText.isHTTP(identifier.value) { return URIText.cleaned(identifier.value) }
            let path = identifier.value.hasPrefix("/") ? identifier.value : "/" + identifier.value
            return "http://data.europeana.eu/item" + URIText.cleaned(path)
        case .rkd: return URIText.isHTTP(identifier.value) ? URIText.cleaned(identifier.value) : "https://rkd.nl/explore/images/\(URIText.segment(identifier.value))"
        default: return nil
        }
    }

    /// An xsd:dateTime for the first or last second of a year (`1624-01-01T00:00:00Z`, `-0500-12-31T23:59:59Z`).
    static func yearStart(_ year: Int) -> String { yearText(year) + "-01-01T00:00:00Z" }
    static func yearEnd(_ year: Int) -> String { yearText(year) + "-12-31T23:59:59Z" }

    private static func yearText(_ year: Int) -> String {
        let digits = String(abs(year)).leftPadded(to: 4)
        return year < 0 ? "-" + digits : digits
    }
}
