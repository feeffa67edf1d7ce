import Foundation
import Model

/// One source record as a Linked Art `HumanMadeObject` (linked.art, model 1.0), built the way the Linked Art
/// documentation models each part:
///
/// - `identified_by`: every title as a `Name` with its `language` (the preferred one classified Primary Name),
///   the inventory number as an `Identifier` classified Accession Number and `assigned_by` the holding
///   institution, the record's other identifiers, and Oeuvre's record key and work id.
/// - `produced_by`: a `Production` with a `timespan` (`begin_of_the_begin`, `end_of_the_end`, the date as written
///   as its Display Name), `technique`, and one `part` per credited agent: `carried_out_by` the artist; for
///   "workshop / studio / circle / followers / school of" `carried_out_by` a `Group` of that type whose `formed_by`
///   was `influenced_by` the master; for "attributed to" an `AttributeAssignment` (`attributed_by`) classified
///   "attributed to" that assigns the part; for "after" and "manner of" a part `influenced_by` the artist. A copy,
///   version or print is `influenced_by` its original, and a painting by its preparatory study.
/// - `dimension` with `value`, `unit` and `classified_as` height / width / depth (a frame's on a `part`), `made_of`,
///   `current_owner`, `representation` (images, IIIF image services as `digitally_available_via`), `subject_of`
///   (the record's web page, its IIIF manifest), `shows` (subjects, Iconclass), `subject_to` (rights),
///   `referred_to_by` (descriptions, provenance, dimensions as written, where and when the record was harvested).
/// - `equivalent`: the work (the physical object, under the export's base URI), the work's other records, and the
///   object's URIs elsewhere (Wikidata, Europeana, its own URI).
/// - `attributed_by`: each typed relation of the work as an `AttributeAssignment` classified with the relation,
///   `assigned` the related work, with the link score as a `Dimension` — terms the Linked Art context defines, so
///   JSON-LD processing keeps them.
struct LinkedArtDocument {
    let uris: ExportURIs
    let sources: [String: ExportProvenance.Source]
    private let dates = ISO8601DateFormatter()

    init(uris: ExportURIs, sources: [String: ExportProvenance.Source]) {
        self.uris = uris
        self.sources = sources
    }

    func object(_ record: CatalogueRecord, stored rawHash: String, in work: ExportWork) -> JSONValue {
        var object = JSONObject()
        object.set("@context", LinkedArtVocabulary.context)
        object.set("id", uris.record(record.key))
        object.set("type", "HumanMadeObject")
        object.set("_label", record.preferredTitle?.text ?? record.key.description)
        object.set("classified_as", record.objectTypes.map(objectType))
        object.set("identified_by", names(record) + identifiers(record, work: work))
        object.set("referred_to_by", statements(record, rawHash: rawHash))
        object.set("produced_by", production(record, work: work))
        object.set("dimension", record.dimensions.filter { $0.part != .frame }.flatMap(dimensions))
        let frames = record.dimensions.filter { $0.part == .frame }.flatMap(dimensions)
        if !frames.isEmpty {
            object.set("part", [.object([("type", .string("HumanMadeObject")), ("_label", .string("frame")), ("classified_as", .array([LinkedArtVocabulary.frame])), ("dimension", .array(frames))])])
        }
        object.set("made_of", record.materials.map { term($0, type: "Material") })
        object.set("current_owner", record.institution.map { [institution($0)] } ?? [])
        object.set("shows", shows(record))
        object.set("representation", representations(record))
        object.set("subject_of", pages(record))
        object.set("subject_to", record.rights.map { .object([("type", .string("Right")), ("classified_as", .array([term($0, type: "Type")]))]) })
        object.set("equivalent", equivalents(record, work: work))
        object.set("attributed_by", work.relations.map { relation(relation: $0, work: work) })
        return object.value
    }

    // MARK: - Names and identifiers

    private func names(_ record: CatalogueRecord) -> [JSONValue] {
        let preferred = record.preferredTitle
        return record.titles.map { title in
            var name = JSONObject()
            name.set("type", "Name")
            name.set("content", title.text)
            name.set("language", title.language.map { [LinkedArtVocabulary.language($0)] } ?? [])
            name.set("classified_as", [title == preferred ? LinkedArtVocabulary.primaryName : LinkedArtVocabulary.alternateName])
            return name.value
        }
    }

    private func identifiers(_ record: CatalogueRecord, work: ExportWork) -> [JSONValue] {
        var result: [JSONValue] = []
        if let number = record.inventoryNumber {
            var identifier = JSONObject()
            identifier.set("type", "Identifier")
            identifier.set("content", number.written)
            identifier.set("classified_as", [LinkedArtVocabulary.accessionNumber])
            if let institution = record.institution {
                identifier.set("assigned_by", [.object([("type", .string("AttributeAssignment")), ("carried_out_by", .array([self.institution(institution)]))])])
            }
            result.append(identifier.value)
        }
        for id in record.identifiers {
            result.append(.object([
                ("type", .string("Identifier")), ("_label", .string(id.scheme.rawValue)), ("content", .string(id.value)),
                ("classified_as", .array([id.scheme == .local ? LinkedArtVocabulary.localNumber : LinkedArtVocabulary.systemNumber])),
            ]))
        }
        result.append(oeuvreIdentifier(record.key.description, term: "record-key", label: "Oeuvre record key"))
        result.append(oeuvreIdentifier(work.id.rawValue, term: "work-id", label: "Oeuvre work id"))
        return result
    }

    private func oeuvreIdentifier(_ value: String, term: String, label: String) -> JSONValue {
        .object([
            ("type", .string("Identifier")), ("content", .string(value)),
            ("classified_as", .array([.object([("id", .string(uris.vocabulary(term))), ("type", .string("Type")), ("_label", .string(label))])])),
        ])
    }

    // MARK: - Statements

    private func statements(_ record: CatalogueRecord, rawHash: String) -> [JSONValue] {
        var result: [JSONValue] = []
        for text in record.descriptions { result.append(statement(text.text, type: LinkedArtVocabulary.description, language: text.language)) }
        for entry in record.provenance { result.append(statement(entry.text, type: LinkedArtVocabulary.provenanceStatement)) }
        for dimensions in record.dimensions {
            if let display = dimensions.display, !display.isEmpty { result.append(statement(display, type: LinkedArtVocabulary.dimensionsStatement)) }
        }
        let source = sources[record.key.source.rawValue]
        let from = source.map { "\($0.institution) (\($0.id), \($0.endpoint))" } ?? record.key.source.rawValue
        result.append(statement(
            "Harvested from \(from) at \(dates.string(from: record.harvestedAt)); raw record SHA-256 \(rawHash); exported by Oeuvre as record \(record.key).",
            type: LinkedArtVocabulary.note))
        return result
    }

    private func statement(_ text: String, type: JSONValue, language: String? = nil) -> JSONValue {
        var statement = JSONObject()
        statement.set("type", "LinguisticObject")
        statement.set("content", text)
        statement.set("language", language.map { [LinkedArtVocabulary.language($0)] } ?? [])
        statement.set("classified_as", [type])
        return statement.value
    }

    // MARK: - Production

    private func production(_ record: CatalogueRecord, work: ExportWork) -> JSONValue? {
        var production = JSONObject()
        production.set("type", "Production")
        if let date = record.date { production.set("timespan", timespan(date)) }
        production.set("technique", record.techniques.map { term($0, type: "Type") })
        production.set("part", record.agents.filter { $0.qualifier != .attributedTo }.map(part))
        production.set("attributed_by", record.agents.filter { $0.qualifier == .attributedTo }.map { agent in
            .object([
                ("type", .string("AttributeAssignment")), ("classified_as", .array([LinkedArtVocabulary.attributedTo])),
                ("assigned_property", .string("part")), ("assigned", .array([part(agent)])),
            ])
        })
        production.set("influenced_by", originals(of: work).map { .object([("id", .string(uris.work($0))), ("type", .string("HumanMadeObject"))]) })
        return production.members.count > 1 ? production.value : nil
    }

    /// The works this work's making drew on: the original of a copy, version or print; the study for a painting.
    private func originals(of work: ExportWork) -> [WorkID] {
        work.relations.compactMap { relation in
            switch relation.relation {
            case .copyAfter, .versionOf, .printAfter: relation.a == work.id ? relation.b : nil
            case .preparatoryStudyFor: relation.b == work.id ? relation.a : nil
            case .sameObject, .pendant: nil
            }
        }
    }

    private func timespan(_ date: DateSpan) -> JSONValue {
        var span = JSONObject()
        span.set("type", "TimeSpan")
        span.set("identified_by", [.object([("type", .string("Name")), ("content", .string(date.display)), ("classified_as", .array([LinkedArtVocabulary.displayName]))])])
        if let earliest = date.earliest { span.set("begin_of_the_begin", LinkedArtVocabulary.yearStart(earliest)) }
        if let latest = date.latest { span.set("end_of_the_end", LinkedArtVocabulary.yearEnd(latest)) }
        return span.value
    }

    private func part(_ agent: AgentCredit) -> JSONValue {
        var part = JSONObject()
        part.set("type", "Production")
        var types: [JSONValue] = []
        switch agent.qualifier {
        case .autograph, .attributedTo:
            part.set("carried_out_by", [person(agent)])
        case .inCollaborationWith:
            part.set("carried_out_by", [person(agent)])
            types.append(.object([("id", .string(uris.vocabulary("qualifier/in_collaboration_with"))), ("type", .string("Type")), ("_label", .string("in collaboration with"))]))
        case .workshopOf, .studioOf, .circleOf, .followerOf, .schoolOf:
            part.set("carried_out_by", [group(of: agent)])
        case .after:
            part.set("influenced_by", [person(agent)])
            types.append(LinkedArtVocabulary.after)
        case .mannerOf:
            part.set("influenced_by", [person(agent)])
            types.append(LinkedArtVocabulary.mannerOf)
        }
        if let role = agent.role, !role.isEmpty { types.append(.object([("type", .string("Type")), ("_label", .string(role))])) }
        part.set("classified_as", types)
        if let display = agent.display, !display.isEmpty { part.set("referred_to_by", [statement(display, type: LinkedArtVocabulary.productionStatement)]) }
        return part.value
    }

    private func person(_ agent: AgentCredit) -> JSONValue {
        var person = JSONObject()
        person.set("type", "Person")
        person.set("_label", agent.name)
        person.set("identified_by", [.object([("type", .string("Name")), ("content", .string(agent.name)), ("classified_as", .array([LinkedArtVocabulary.primaryName]))])])
        person.set("equivalent", agent.authorityIDs.compactMap(LinkedArtVocabulary.agentURI).map { .object([("id", .string($0)), ("type", .string("Person")), ("_label", .string(agent.name))]) })
        return person.value
    }

    private func group(of agent: AgentCredit) -> JSONValue {
        let label = "\(RecordText.qualifier(agent.qualifier).prefix(1).uppercased())\(RecordText.qualifier(agent.qualifier).dropFirst()) \(agent.name)"
        var group = JSONObject()
        group.set("type", "Group")
        group.set("_label", label)
        group.set("classified_as", LinkedArtVocabulary.groupType(agent.qualifier).map { [$0] } ?? [])
        group.set("formed_by", .object([("type", .string("Formation")), ("influenced_by", .array([person(agent)]))]))
        return group.value
    }

    // MARK: - Physical description

    private func dimensions(_ dimensions: Dimensions) -> [JSONValue] {
        var extra: [JSONValue] = []
        if ![.unknown, .object, .support, .frame].contains(dimensions.part) {
            extra.append(.object([("id", .string(uris.vocabulary("measured-part/\(dimensions.part.rawValue)"))), ("type", .string("Type")), ("_label", .string(dimensions.part.rawValue))]))
        }
        let axes: [(Double?, JSONValue)] = [(dimensions.height, LinkedArtVocabulary.height), (dimensions.width, LinkedArtVocabulary.width), (dimensions.depth, LinkedArtVocabulary.depth)]
        return axes.compactMap { value, axis in
            guard let value, value.isFinite else { return nil }
            return .object([
                ("type", .string("Dimension")), ("value", .number(value)), ("unit", LinkedArtVocabulary.unit(dimensions.unit)),
                ("classified_as", .array([axis] + extra)),
            ])
        }
    }

    private func objectType(_ term: Term) -> JSONValue {
        var type = JSONObject()
        if let uri = term.uri, URIText.isHTTP(uri) { type.set("id", URIText.cleaned(uri)) }
        type.set("type", "Type")
        type.set("_label", term.label)
        type.set("classified_as", [LinkedArtVocabulary.typeOfWork])
        return type.value
    }

    private func term(_ term: Term, type: String) -> JSONValue {
        var node = JSONObject()
        if let uri = term.uri, URIText.isHTTP(uri) { node.set("id", URIText.cleaned(uri)) }
        node.set("type", type)
        node.set("_label", term.label)
        return node.value
    }

    private func institution(_ institution: Institution) -> JSONValue {
        var group = JSONObject()
        if let uri = institution.uri, URIText.isHTTP(uri) { group.set("id", URIText.cleaned(uri)) }
        group.set("type", "Group")
        group.set("_label", institution.name)
        group.set("identified_by", [.object([("type", .string("Name")), ("content", .string(institution.name))])])
        return group.value
    }

    private func shows(_ record: CatalogueRecord) -> [JSONValue] {
        let about: [JSONValue] = record.subjects.compactMap { subject in
            var type = JSONObject()
            if let notation = subject.iconclass, !notation.isEmpty {
                type.set("id", "http://iconclass.org/" + URIText.segment(notation))
            } else if let uri = subject.uri, URIText.isHTTP(uri) {
                type.set("id", URIText.cleaned(uri))
            }
            type.set("type", "Type")
            type.set("_label", subject.label ?? subject.iconclass)
            if let notation = subject.iconclass, !notation.isEmpty { type.put("notation", .array([.string(notation)])) }
            return type.members.count > 1 ? type.value : nil
        }
        guard !about.isEmpty else { return [] }
        return [.object([("type", .string("VisualItem")), ("about", .array(about))])]
    }

    // MARK: - Digital resources

    private func representations(_ record: CatalogueRecord) -> [JSONValue] {
        record.images.compactMap { image in
            switch image.kind {
            case .url:
                return .object([("type", .string("VisualItem")), ("digitally_shown_by", .array([.object([
                    ("type", .string("DigitalObject")), ("classified_as", .array([LinkedArtVocabulary.digitalImage])),
                    ("access_point", .array([.object([("id", .string(URIText.cleaned(image.url))), ("type", .string("DigitalObject"))])])),
                ])]))])
            case .iiifImageService:
                let service = IIIFImageService(image.url)
                return .object([("type", .string("VisualItem")), ("digitally_shown_by", .array([.object([
                    ("type", .string("DigitalObject")), ("classified_as", .array([LinkedArtVocabulary.digitalImage])), ("format", .string("image/jpeg")),
                    ("access_point", .array([.object([("id", .string(service.fullImage)), ("type", .string("DigitalObject"))])])),
                    ("digitally_available_via", .array([.object([
                        ("type", .string("DigitalService")),
                        ("access_point", .array([.object([("id", .string(service.base)), ("type", .string("DigitalObject"))])])),
                        ("conforms_to", .array([.object([("id", .string("http://iiif.io/api/image")), ("type", .string("InformationObject"))])])),
                    ])])),
                ])]))])
            case .iiifManifest:
                return nil
            }
        }
    }

    private func pages(_ record: CatalogueRecord) -> [JSONValue] {
        var result: [JSONValue] = []
        if let url = record.sourceURL, URIText.isHTTP(url) {
            result.append(.object([("type", .string("LinguisticObject")), ("digitally_carried_by", .array([.object([
                ("type", .string("DigitalObject")), ("classified_as", .array([LinkedArtVocabulary.webPage])), ("format", .string("text/html")),
                ("access_point", .array([.object([("id", .string(URIText.cleaned(url))), ("type", .string("DigitalObject"))])])),
            ])]))]))
        }
        for image in record.images where image.kind == .iiifManifest {
            result.append(.object([("type", .string("LinguisticObject")), ("digitally_carried_by", .array([.object([
                ("type", .string("DigitalObject")), ("format", .string("application/ld+json")),
                ("access_point", .array([.object([("id", .string(URIText.cleaned(image.url))), ("type", .string("DigitalObject"))])])),
                ("conforms_to", .array([.object([("id", .string("http://iiif.io/api/presentation")), ("type", .string("InformationObject"))])])),
            ])]))]))
        }
        return result
    }

    // MARK: - Works and relations

    private func equivalents(_ record: CatalogueRecord, work: ExportWork) -> [JSONValue] {
        var result: [JSONValue] = [.object([("id", .string(uris.work(work.id))), ("type", .string("HumanMadeObject")), ("_label", .string("Oeuvre work \(work.id.rawValue)"))])]
        for other in work.records where other.key != record.key {
            result.append(.object([("id", .string(uris.record(other.key))), ("type", .string("HumanMadeObject")), ("_label", .string("Oeuvre record \(other.key)"))]))
        }
        var seen: Set<String> = []
        for uri in record.identifiers.compactMap(LinkedArtVocabulary.objectURI) where seen.insert(uri).inserted {
            result.append(.object([("id", .string(uri)), ("type", .string("HumanMadeObject"))]))
        }
        return result
    }

    private func relation(relation: WorkRelation, work: ExportWork) -> JSONValue {
        let read = RecordText.relation(relation, from: work.id)
        let label = read.name.replacingOccurrences(of: "_", with: " ")
        return .object([
            ("type", .string("AttributeAssignment")),
            ("_label", .string("\(label) \(read.other.rawValue)")),
            ("classified_as", .array([.object([("id", .string(uris.vocabulary("relation/\(read.name)"))), ("type", .string("Type")), ("_label", .string(label))])])),
            ("assigned", .array([.object([("id", .string(uris.work(read.other))), ("type", .string("HumanMadeObject")), ("_label", .string("Oeuvre work \(read.other.rawValue)"))])])),
            ("dimension", .array([.object([
                ("type", .string("Dimension")), ("value", .number(relation.score)),
                ("classified_as", .array([.object([("id", .string(uris.vocabulary("link-score"))), ("type", .string("Type")), ("_label", .string("link score"))])])),
            ])])),
        ])
    }
}
