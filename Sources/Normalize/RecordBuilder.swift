import Foundation
import Model

/// Fills one ``CatalogueRecord`` field by field from a mapping's rules.
struct RecordBuilder {
    struct FieldError: Error {
        var field: String
        var message: String
    }

    var record: CatalogueRecord
    let normalizer: RecordNormalizer
    private var parsedDimensions: Set<String> = []
    /// Structured measurements of the record, merged per measured part across rules.
    private var structuredDimensions: [MeasuredPart: Int] = [:]
    private var defaultLanguage: String? { normalizer.mapping.defaultLanguage }

    init(key: RecordKey, harvestedAt: Date, rawHash: String, normalizer: RecordNormalizer) {
        record = CatalogueRecord(key: key, harvestedAt: harvestedAt, rawHash: rawHash)
        self.normalizer = normalizer
    }

    mutating func finish() -> CatalogueRecord {
        record.titles = record.titles.uniqued { [$0.text, $0.language ?? ""] }
        record.agents = record.agents.uniqued { [$0.name, $0.qualifier.rawValue, $0.role ?? ""] }
        record.objectTypes = record.objectTypes.uniqued { [$0.label, $0.uri ?? ""] }
        record.materials = record.materials.uniqued { [$0.label, $0.uri ?? ""] }
        record.techniques = record.techniques.uniqued { [$0.label, $0.uri ?? ""] }
        record.rights = record.rights.uniqued { [$0.label, $0.uri ?? ""] }
        record.subjects = record.subjects.uniqued { [$0.label ?? "", $0.iconclass ?? "", $0.uri ?? ""] }
        record.identifiers = record.identifiers.uniqued { [$0.scheme.rawValue, $0.value] }
        record.images = record.images.uniqued { $0.url }
        record.descriptions = record.descriptions.uniqued { [$0.text, $0.language ?? ""] }
        record.provenance = record.provenance.uniqued { $0.text }
        record.relatedWorks = record.relatedWorks.uniqued { [$0.relation, $0.target ?? "", $0.label ?? ""] }
        record.dimensions = record.dimensions.uniqued { [$0.height.map { String($0) } ?? "", $0.width.map { String($0) } ?? "", $0.depth.map { String($0) } ?? "", $0.part.rawValue] }
        return record
    }

    private mutating func warn(_ field: MappingField, _ value: String?, _ message: String) {
        record.warnings.append(Diagnostic(level: .warning, source: record.key.source, recordID: record.key.recordID, field: field.rawValue, value: value, message: message))
    }

    /// Applies a field's rules in order.
    mutating func apply(_ field: MappingField, rules: [FieldRule], reader: any RecordReader) throws {
        var produced = false
        for rule in rules {
            if produced && (field.isSingle || rule.fallback) { continue }
            // Paths resolved when the mapping loaded; a rule made otherwise reads its paths' text.
            let each = rule.eachPath ?? rule.each.map { MappingPath($0, compiled: [:]) }
            let when = rule.whenPath ?? rule.when.map { MappingPath($0, compiled: [:]) }
            let nodes = try each.map { try reader.nodes($0, at: reader.root) } ?? [reader.root]
            for node in nodes {
                if let condition = when, try !reader.holds(condition, at: node) { continue }
                if try apply(field, rule: rule, node: node, reader: reader) { produced = true }
                if produced && field.isSingle { break }
            }
        }
    }

    /// The cleaned, non-empty values of a part at a node.
    private func part(_ name: String, _ rule: FieldRule, _ node: RecordNode, _ reader: any RecordReader) throws -> [String] {
        guard let path = rule.paths[name] ?? rule.parts[name].map({ MappingPath($0, compiled: [:]) }) else { return [] }
        return try reader.strings(path, at: node).map(MappingValue.clean).filter { !$0.isEmpty }
    }

    private func primary(_ field: MappingField, _ rule: FieldRule, _ node: RecordNode, _ reader: any RecordReader) throws -> [String] {
        if let constant = rule.constant { return [constant] }
        return try part(field.primaryPart, rule, node, reader)
    }

    private func origin(_ rule: FieldRule, _ name: String) -> String {
        rule.origins[name] ?? ""
    }

    /// The language from the rule's `language` path when it has one (and nothing else: an explicit path that yields
    /// nothing means "not stated"), else the language the record gives the node (`xml:lang` inherited), else the
    /// mapping's default.
    private func language(_ rule: FieldRule, _ node: RecordNode, _ reader: any RecordReader) throws -> String? {
        if rule.parts["language"] != nil { return try part("language", rule, node, reader).first }
        return reader.language(of: node) ?? defaultLanguage
    }

    private func term(_ label: String, _ rule: FieldRule, _ node: RecordNode, _ reader: any RecordReader, _ name: String) throws -> Term {
        var term = Term(label: label, language: try language(rule, node, reader), uri: try part("uri", rule, node, reader).first, origin: origin(rule, name))
        if let vocabulary = rule.lookup.flatMap({ normalizer.mapping.vocabularies[$0] }), let entry = vocabulary.lookup(label) {
            // A replaced label is in the vocabulary's language, not the source's.
            if entry.label != label { term.language = entry.language }
            term.label = entry.label
            term.uri = term.uri ?? entry.uri
        }
        return term
    }

    /// Fills one node's values; returns whether anything was produced.
    private mutating func apply(_ field: MappingField, rule: FieldRule, node: RecordNode, reader: any RecordReader) throws -> Bool {
        let values = try primary(field, rule, node, reader)
        let from = origin(rule, field.primaryPart)
        switch field {
        case .institution:
            guard let name = values.first else { return false }
            record.institution = Institution(name: name, uri: try part("uri", rule, node, reader).first, origin: from)
        case .titles, .descriptions:
            let preferred = try part("preferred", rule, node, reader).contains { ["preferred", "true", "1", "yes"].contains($0.lowercased()) }
            let language = try language(rule, node, reader)
            let texts = values.map { LocalizedText(text: $0, language: language, preferred: preferred, origin: from) }
            if field == .titles { record.titles += texts } else { record.descriptions += texts }
            return !texts.isEmpty
        case .agents:
            return try applyAgents(values, rule: rule, node: node, reader: reader, origin: from)
        case .date:
            guard let display = values.first else {
                let earliest = try part("earliest", rule, node, reader).first.flatMap(Self.year)
                let latest = try part("latest", rule, node, reader).first.flatMap(Self.year)
                guard earliest != nil || latest != nil else { return false }
                record.date = DateSpan(display: [earliest, latest].compactMap { $0.map(String.init) }.joined(separator: "–"), earliest: earliest, latest: latest, origin: origin(rule, "earliest"))
                return true
            }
            // Structured years win; the display text fills what they leave open.
            let earliest = try part("earliest", rule, node, reader).first.flatMap(Self.year)
            let latest = try part("latest", rule, node, reader).first.flatMap(Self.year)
            let parsed = normalizer.memos.dates.value(for: display, compute: DateParser.parse)
            record.date = DateSpan(display: parsed.span.display, earliest: earliest ?? parsed.span.earliest, latest: latest ?? parsed.span.latest, origin: from)
            if let warning = parsed.warning, earliest == nil || latest == nil { warn(.date, display, warning) }
        case .dimensions:
            return try applyDimensions(values, rule: rule, node: node, reader: reader, origin: from)
        case .objectTypes, .materials, .techniques, .rights:
            let terms = try values.map { try term($0, rule, node, reader, field.primaryPart) }
            switch field {
            case .objectTypes: record.objectTypes += terms
            case .materials: record.materials += terms
            case .techniques: record.techniques += terms
            default: record.rights += terms
            }
            return !terms.isEmpty
        case .inventoryNumber:
            guard let text = values.first else { return false }
            var number = InventoryNumberParser.parse(text)
            number.origin = from
            record.inventoryNumber = number
        case .subjects:
            let notations = try part("iconclass", rule, node, reader).compactMap(Self.iconclassNotation)
            let labels = values
            let uri = try part("uri", rule, node, reader).first
            let language = try language(rule, node, reader)
            guard !labels.isEmpty || !notations.isEmpty else { return false }
            let count = max(labels.count, notations.count, 1)
            for index in 0..<count {
                let notation = index < notations.count ? notations[index] : nil
                // Some catalogues repeat the notation as the label ("23 D 42"): keep it once, as the notation.
                let label = index < labels.count && Self.iconclass(labels[index]) != notation ? labels[index] : nil
                record.subjects.append(Subject(label: label, language: label == nil ? nil : language, iconclass: notation, uri: uri, origin: from))
            }
        case .identifiers:
            let scheme = try part("scheme", rule, node, reader).first
            let identifiers = values.compactMap { IdentifierRecognizer.identifier($0, scheme: scheme, origin: from) }
            record.identifiers += identifiers
            return !identifiers.isEmpty
        case .images:
            let kind = try part("kind", rule, node, reader).first.flatMap(ImageKind.init(rawValue:))
            let images = values.filter { $0.hasPrefix("http") }.map { ImageReference(kind: kind ?? Self.imageKind($0), url: $0, origin: from) }
            record.images += images
            return !images.isEmpty
        case .provenance:
            record.provenance += values.map { ProvenanceEntry(text: $0, origin: from) }
            return !values.isEmpty
        case .relatedWorks:
            let targets = try part("target", rule, node, reader)
            let labels = try part("label", rule, node, reader)
            guard !values.isEmpty || !targets.isEmpty else { return false }
            record.relatedWorks.append(RelatedWorkStatement(relation: values.first ?? "related", target: targets.first, label: labels.first, origin: from))
        case .sourceURL:
            guard let url = values.first else { return false }
            record.sourceURL = url
        }
        return true
    }

    private mutating func applyAgents(_ names: [String], rule: FieldRule, node: RecordNode, reader: any RecordReader, origin: String) throws -> Bool {
        guard let text = names.first else { return false }
        let role = try part("role", rule, node, reader).first
        let ids = try part("ids", rule, node, reader).compactMap { IdentifierRecognizer.recognize($0, origin: self.origin(rule, "ids")) }
            .filter { $0.scheme != .local && $0.scheme != .uri || $0.value.hasPrefix("http") }
        var credits: [AgentCredit]
        if rule.parse == "attribution" {
            credits = normalizer.memos.attributions.value(for: text, compute: AttributionParser.parse)
        } else {
            var qualifier = AttributionQualifier.autograph
            if let qualifierText = try part("qualifier", rule, node, reader).first {
                if let known = normalizer.memos.qualifiers.value(for: qualifierText, compute: QualifierVocabulary.qualifier(for:)) {
                    qualifier = known
                } else {
                    warn(.agents, qualifierText, "unknown attribution qualifier; add it to the qualifier vocabulary. The credit was kept as autograph")
                }
            }
            credits = [AgentCredit(name: text, qualifier: qualifier)]
        }
        for var credit in credits {
            let authorities = normalizer.authorities
            let normalized = normalizer.memos.agentNames.value(for: credit.name) { name in
                let resolved = AgentNameNormalizer.normalize(name, table: authorities)
                return ResolvedAgentName(preferredName: resolved.preferredName, identifiers: resolved.identifiers)
            }
            if credit.display == nil && normalized.preferredName != text { credit.display = text }
            credit.name = normalized.preferredName
            credit.role = credit.role ?? role
            credit.authorityIDs = (ids + normalized.identifiers + credit.authorityIDs).uniqued { [$0.scheme.rawValue, $0.value] }
            credit.origin = origin
            record.agents.append(credit)
        }
        return !credits.isEmpty
    }

    private mutating func applyDimensions(_ displays: [String], rule: FieldRule, node: RecordNode, reader: any RecordReader, origin: String) throws -> Bool {
        if rule.parts["type"] == nil {
            var found = false
            let measuredPart = try part("part", rule, node, reader).first.map { normalizer.memos.parts.value(for: $0, compute: DimensionParser.part(for:)) }
            for display in displays {
                // Catalogues repeat the same statement (TMS joins): parse it once per record and part.
                guard parsedDimensions.insert("\(display)|\(measuredPart?.rawValue ?? "")").inserted else { continue }
                let parsed = normalizer.memos.dimensions.value(for: display, compute: DimensionParser.parse)
                if let warning = parsed.warning { warn(.dimensions, display, warning) }
                for var dimensions in parsed.dimensions {
                    dimensions.origin = origin
                    if dimensions.part == .unknown, let measuredPart { dimensions.part = measuredPart }
                    record.dimensions.append(dimensions)
                    found = true
                }
            }
            return found
        }
        // Structured measurements: type + value + unit per node, merged into one set per measured part.
        guard let type = try part("type", rule, node, reader).first, let value = try part("value", rule, node, reader).first else { return false }
        let unit = try part("unit", rule, node, reader).first ?? "cm"
        guard let measured = DimensionParser.measurement(type: type, value: value, unit: unit) else {
            warn(.dimensions, "\(type) \(value) \(unit)", "unrecognized measurement type or unit")
            return false
        }
        let measuredPart = try part("part", rule, node, reader).first.map { normalizer.memos.parts.value(for: $0, compute: DimensionParser.part(for:)) } ?? .unknown
        let index: Int
        if let existing = structuredDimensions[measuredPart] {
            index = existing
        } else {
            record.dimensions.append(Dimensions(unit: "cm", part: measuredPart, origin: self.origin(rule, "value")))
            index = record.dimensions.count - 1
            structuredDimensions[measuredPart] = index
        }
        switch measured.axis {
        case .height: record.dimensions[index].height = record.dimensions[index].height ?? measured.centimetres
        case .width: record.dimensions[index].width = record.dimensions[index].width ?? measured.centimetres
        case .depth: record.dimensions[index].depth = record.dimensions[index].depth ?? measured.centimetres
        case .diameter:
            record.dimensions[index].height = record.dimensions[index].height ?? measured.centimetres
            record.dimensions[index].width = record.dimensions[index].width ?? measured.centimetres
        }
        return true
    }

    /// The year a structured date field starts with: `1616`, `-0050`, `+1620`, `1609-05-01`; nil without digits.
    static func year(_ text: String) -> Int? {
        let utf8 = TextFolding.trim(text).utf8
        let sign = utf8.first == UInt8(ascii: "-") ? -1 : 1
        let digits = utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }.prefix { (0x30...0x39).contains($0) }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        return sign * digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The Iconclass notation an `iconclass` part gives: a notation as written (`57 A 9 :`), or read from an
    /// Iconclass URI (`http://iconclass.org/73B57`, `https://iconclass.org/11H%28JEROME%29`, `…/rkd/73B57/`).
    /// Any other URI (an AAT concept, say) is not a notation: nil.
    static func iconclassNotation(_ text: String) -> String? {
        if ByteSearch.contains(text.lowercased(), "iconclass.org/"), let range = text.range(of: "iconclass.org/", options: .caseInsensitive) {
            let path = text[range.upperBound...].prefix { $0 != "?" && $0 != "#" }
            let segment = path.split(separator: "/").last { $0.first?.isNumber == true }
            guard let segment else { return nil }
            let notation = iconclass(String(segment).removingPercentEncoding ?? String(segment))
            return notation.isEmpty ? nil : notation
        }
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("urn:") { return nil }
        let notation = iconclass(text)
        return notation.isEmpty ? nil : notation
    }

    static func iconclass(_ text: String) -> String {
        var notation = String(text.filter { $0 != " " })
        while notation.hasSuffix(":") { notation.removeLast() }
        return notation
    }

    static func imageKind(_ url: String) -> ImageKind {
        let lower = url.lowercased()
        if ByteSearch.contains(lower, "manifest") { return .iiifManifest }
        if ByteSearch.contains(lower, "/iiif/") && !(lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") || lower.hasSuffix(".png")) { return .iiifImageService }
        return .url
    }
}
