/// Writes a record as one line of Linked Art JSON-LD (a `HumanMadeObject`), as RKD and museum Linked Art endpoints
/// publish: names with AAT language and type, accession numbers, the production with its actors, time span and
/// techniques, structured dimensions, materials, the owner, what it shows, and equivalent identifiers.
enum LinkedArtWriter {
    static func record(_ facts: RecordFacts) -> String {
        let q = Escape.json
        var parts: [String] = []
        parts.append("\"@context\":\"https://linked.art/ns/v1/linked-art.json\"")
        parts.append("\"id\":\(q(facts.recordID))")
        parts.append("\"type\":\"HumanMadeObject\"")
        parts.append("\"_label\":\(q(facts.titles[0].text))")
        let type = Phrasebook.objectTypeConcept(facts.kind)
        parts.append("\"classified_as\":[{\"id\":\"\(type.id)\",\"type\":\"Type\",\"_label\":\(q(facts.objectType)),\"classified_as\":[{\"id\":\"http://vocab.getty.edu/aat/300435443\",\"type\":\"Type\",\"_label\":\"Type of Work\"}]}]")

        var identified: [String] = []
        for (index, title) in facts.titles.enumerated() {
            var name = "{\"type\":\"Name\""
            if index == 0 { name += ",\"classified_as\":[{\"id\":\"http://vocab.getty.edu/aat/300404670\",\"type\":\"Type\",\"_label\":\"Primary Name\"}]" }
            name += ",\"content\":\(q(title.text))"
            if let language = title.language {
                name += ",\"language\":[{\"id\":\"\(language.aatID)\",\"type\":\"Language\",\"_label\":\"\(language.englishName)\"}]"
            }
            identified.append(name + "}")
        }
        if let inventory = facts.inventory {
            identified.append("{\"type\":\"Identifier\",\"classified_as\":[{\"id\":\"http://vocab.getty.edu/aat/300312355\",\"type\":\"Type\",\"_label\":\"accession number\"}],\"content\":\(q(inventory))}")
        }
        if facts.source.kind == .rkd, let number = facts.recordID.split(separator: "/").last {
            identified.append("{\"type\":\"Identifier\",\"classified_as\":[{\"id\":\"http://vocab.getty.edu/aat/300404626\",\"type\":\"Type\",\"_label\":\"RKDimages number\"}],\"content\":\"\(number)\"}")
        }
        parts.append("\"identified_by\":[\(identified.joined(separator: ","))]")

        if !facts.descriptions.isEmpty {
            let statements = facts.descriptions.map {
                "{\"type\":\"LinguisticObject\",\"classified_as\":[{\"id\":\"http://vocab.getty.edu/aat/300435452\",\"type\":\"Type\",\"_label\":\"Description\"}],\"content\":\(q($0)),\"language\":[{\"id\":\"\(facts.language.aatID)\",\"type\":\"Language\",\"_label\":\"\(facts.language.englishName)\"}]}"
            }
            parts.append("\"referred_to_by\":[\(statements.joined(separator: ","))]")
        }

        parts.append("\"produced_by\":\(production(facts))")
        parts.append("\"made_of\":[\(Phrasebook.materials(facts.support).map { "{\"id\":\"\($0.id)\",\"type\":\"Material\",\"_label\":\"\($0.label)\"}" }.joined(separator: ","))]")
        if let d = facts.dimensions {
            let unit = d.unit == "in"
                ? "{\"id\":\"http://vocab.getty.edu/aat/300379100\",\"type\":\"MeasurementUnit\",\"_label\":\"inches\"}"
                : "{\"id\":\"http://vocab.getty.edu/aat/300379098\",\"type\":\"MeasurementUnit\",\"_label\":\"centimeters\"}"
            let height = "{\"type\":\"Dimension\",\"value\":\(DimensionStyler.number(d.height, comma: false)),\"classified_as\":[{\"id\":\"http://vocab.getty.edu/aat/300055644\",\"type\":\"Type\",\"_label\":\"height\"}],\"unit\":\(unit)}"
            let width = "{\"type\":\"Dimension\",\"value\":\(DimensionStyler.number(d.width, comma: false)),\"classified_as\":[{\"id\":\"http://vocab.getty.edu/aat/300055647\",\"type\":\"Type\",\"_label\":\"width\"}],\"unit\":\(unit)}"
            parts.append("\"dimension\":[\(height),\(width)]")
        }
        let ownerID = facts.source.kind == .rkd ? "https://rkd.nl/explore/collections/\(facts.museum.id)" : "https://\(facts.museum.domain)/"
        parts.append("\"current_owner\":[{\"id\":\(q(ownerID)),\"type\":\"Group\",\"_label\":\(q(facts.institution))}]")
        var shows = "{\"id\":\(q(facts.recordID + "/visual")),\"type\":\"VisualItem\""
        if let subject = facts.subject {
            shows += ",\"about\":[{\"id\":\"http://iconclass.org/\(subject.iconclass)\",\"type\":\"Type\",\"_label\":\(q(subject.label))}]"
        }
        parts.append("\"shows\":[\(shows)}]")
        if let qid = facts.wikidata {
            parts.append("\"equivalent\":[{\"id\":\"http://www.wikidata.org/entity/\(qid)\",\"type\":\"HumanMadeObject\",\"_label\":\(q(facts.titles[0].text))}]")
        }
        if let image = facts.image {
            parts.append("\"representation\":[{\"type\":\"VisualItem\",\"digitally_shown_by\":[{\"type\":\"DigitalObject\",\"access_point\":[{\"id\":\(q(image)),\"type\":\"DigitalObject\"}]}]}]")
        }
        return "{" + parts.joined(separator: ",") + "}\n"
    }

    /// The production: time span, the actors (a workshop as a group), printmakers as parts, and "after" as
    /// `influenced_by` the painter (and, when stated, the original object).
    private static func production(_ facts: RecordFacts) -> String {
        let q = Escape.json
        var fields = ["\"type\":\"Production\""]
        if let date = facts.date {
            fields.append("\"timespan\":{\"type\":\"TimeSpan\",\"identified_by\":[{\"type\":\"Name\",\"content\":\(q(date.display))}],\"begin_of_the_begin\":\"\(date.earliest)-01-01T00:00:00Z\",\"end_of_the_end\":\"\(date.latest)-12-31T23:59:59Z\"}")
        }
        var carriedOut: [String] = []
        var parts: [String] = []
        var influences: [String] = []
        for credit in facts.credits {
            let id = credit.authorityURIs.first.map { "\"id\":\(q($0))," } ?? ""
            switch credit.qualifier {
            case .after:
                influences.append("{\(id)\"type\":\"Person\",\"_label\":\(q(credit.name))}")
            case .workshopOf, .studioOf:
                let label = facts.language == .nl ? "Atelier van \(credit.artist.plainName)" : "Workshop of \(credit.artist.plainName)"
                carriedOut.append("{\"type\":\"Group\",\"_label\":\(q(label)),\"formed_by\":{\"type\":\"Formation\",\"influenced_by\":[{\(id)\"type\":\"Person\",\"_label\":\(q(credit.name))}]}}")
            default:
                if facts.kind == .print {
                    parts.append("{\"type\":\"Production\",\"classified_as\":[{\"id\":\"http://vocab.getty.edu/aat/300025103\",\"type\":\"Type\",\"_label\":\(q(credit.role))}],\"carried_out_by\":[{\(id)\"type\":\"Person\",\"_label\":\(q(credit.name))}]}")
                } else {
                    carriedOut.append("{\(id)\"type\":\"Person\",\"_label\":\(q(credit.name))}")
                }
            }
        }
        if let related = facts.related, related.relation != .pendant, let uri = related.targetURI {
            influences.append("{\"id\":\(q(uri)),\"type\":\"HumanMadeObject\",\"_label\":\(q(related.label))}")
        }
        if !carriedOut.isEmpty { fields.append("\"carried_out_by\":[\(carriedOut.joined(separator: ","))]") }
        if !parts.isEmpty { fields.append("\"part\":[\(parts.joined(separator: ","))]") }
        if !influences.isEmpty { fields.append("\"influenced_by\":[\(influences.joined(separator: ","))]") }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
