import Model

/// The readable forms of record values that CSV cells, GraphML attributes and IIIF metadata share.
enum RecordText {
    /// `Rubens, Peter Paul`, `Rubens, Peter Paul (workshop of)`, `Bolswert, Schelte Adamsz. (engraver)`.
    static func creator(_ agent: AgentCredit) -> String {
        var qualifiers: [String] = []
        if agent.qualifier != .autograph { qualifiers.append(qualifier(agent.qualifier)) }
        if let role = agent.role, !role.isEmpty { qualifiers.append(role) }
        return qualifiers.isEmpty ? agent.name : "\(agent.name) (\(qualifiers.joined(separator: ", ")))"
    }

    /// `workshop of`, `attributed to`, `after`.
    static func qualifier(_ qualifier: AttributionQualifier) -> String {
        qualifier.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    /// `447 × 336 cm`, `64 × 48 × 2 cm (frame)`; the text as written when no number was read.
    static func dimensions(_ dimensions: Dimensions) -> String {
        let numbers = [dimensions.height, dimensions.width, dimensions.depth].compactMap { $0 }.map(NumberText.plain)
        guard !numbers.isEmpty else { return dimensions.display ?? "" }
        var text = numbers.joined(separator: " × ") + " " + dimensions.unit
        if dimensions.part != .unknown { text += " (\(dimensions.part.rawValue))" }
        return text
    }

    /// `[nl] Aanbidding der Koningen`; the text alone when the language is not known.
    static func title(_ title: LocalizedText) -> String {
        title.language.map { "[\($0)] \(title.text)" } ?? title.text
    }

    /// `Adoration [73B57]`, `[73B57]`, `Adoration`.
    static func subject(_ subject: Subject) -> String {
        switch (subject.label, subject.iconclass) {
        case (let label?, let notation?): "\(label) [\(notation)]"
        case (nil, let notation?): "[\(notation)]"
        case (let label?, nil): label
        case (nil, nil): subject.uri ?? ""
        }
    }

    /// `wikidata:Q5599`.
    static func identifier(_ identifier: Identifier) -> String {
        "\(identifier.scheme.rawValue):\(identifier.value)"
    }

    /// An image URL a browser or spreadsheet can show: a plain image, or a IIIF image service's full image.
    static func imageURL(_ record: CatalogueRecord) -> String? {
        for image in record.images {
            switch image.kind {
            case .url: return image.url
            case .iiifImageService: return IIIFImageService(image.url).fullImage
            case .iiifManifest: continue
            }
        }
        return nil
    }

    /// The record's IIIF manifest, when it has one.
    static func manifestURL(_ record: CatalogueRecord) -> String? {
        record.images.first { $0.kind == .iiifManifest }?.url
    }

    /// The title to show for a work: the first in `language` among its records, else the first record's preferred.
    static func preferredTitle(_ records: [CatalogueRecord], language: String?) -> LocalizedText? {
        if let language = language?.lowercased(), !language.isEmpty {
            for record in records {
                if let title = record.titles.first(where: { $0.language?.lowercased().hasPrefix(language) == true }) { return title }
            }
        }
        return records.lazy.compactMap(\.preferredTitle).first
    }

    /// Values in first-seen order without repeats.
    static func distinct(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The relation as read from `work`'s side: `copy_after` for the copy, `has_copy` for its original.
    static func relation(_ relation: WorkRelation, from work: WorkID) -> (name: String, other: WorkID) {
        if relation.a == work { return (relation.relation.rawValue, relation.b) }
        let inverse: String = switch relation.relation {
        case .copyAfter: "has_copy"
        case .versionOf: "has_version"
        case .preparatoryStudyFor: "has_preparatory_study"
        case .printAfter: "has_print"
        case .pendant: "pendant"
        case .sameObject: "same_object"
        }
        return (inverse, relation.a)
    }
}
