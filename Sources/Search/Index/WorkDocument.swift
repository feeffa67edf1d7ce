import Foundation
import Model

/// What the index keeps of one work: its text by field, the values filters and facets read, and the summary shown
/// in results — all pooled from the work's records.
struct WorkDocument: Sendable {
    /// The full-text columns, in the order of the `search_text` table.
    enum Column: Int, CaseIterable {
        case title, agent, subject, description, other, institution, keys

        var name: String {
            switch self {
            case .title: "title"
            case .agent: "agent"
            case .subject: "subject"
            case .description: "description"
            case .other: "other"
            case .institution: "institution"
            case .keys: "keys"
            }
        }
    }

    var workID: WorkID
    var provisional: Bool
    var fingerprint: Int64
    /// Folded text per column.
    var columns: [String]
    var recordCount: Int
    var sourceCount: Int
    var earliest: Int?
    var latest: Int?
    var hasImage: Bool
    var facets: [(FacetName, String)]
    /// Lower-cased values `id:` finds the work by: its id, its records' keys, their identifiers.
    var keys: Set<String>
    var summary: StoredSummary

    /// Builds the document of a work from its member records (any order).
    init(workID: WorkID, provisional: Bool, fingerprint: Int64, records unsorted: [IndexedRecord], institutions: InstitutionNames = .empty) {
        let records = unsorted.sorted { $0.key < $1.key }
        self.workID = workID
        self.provisional = provisional
        self.fingerprint = fingerprint
        recordCount = records.count
        sourceCount = Set(records.map(\.key.source)).count

        var text = Array(repeating: [String](), count: Column.allCases.count)
        var seen = Array(repeating: Set<String>(), count: Column.allCases.count)
        func add(_ value: String?, to column: Column) {
            guard let value else { return }
            let folded = SearchText.indexed(value)
            guard !folded.isEmpty, seen[column.rawValue].insert(folded).inserted else { return }
            text[column.rawValue].append(folded)
        }
        func addKey(_ token: String) {
            if seen[Column.keys.rawValue].insert(token).inserted { text[Column.keys.rawValue].append(token) }
        }

        var facets: [(FacetName, String)] = []
        var facetSeen: Set<String> = []
        func facet(_ name: FacetName, _ value: String) {
            if facetSeen.insert(name.rawValue + "\u{0}" + value).inserted { facets.append((name, value)) }
        }

        var keys: Set<String> = [workID.rawValue.lowercased()]
        var earliest: Int?
        var latest: Int?
        var hasImage = false
        for record in records {
            keys.insert(record.key.description.lowercased())
            keys.insert("r:" + record.key.description.lowercased())
            for identifier in record.identifiers { keys.insert(identifier.value.lowercased()) }
            facet(.source, record.key.source.rawValue)
            addKey(KeyToken.source(record.key.source.rawValue))
            if let name = record.institution?.name {
                add(name, to: .institution)
                if let known = institutions.lookup(name) {
                    // One facet value per institution, under its first name; `institution:` finds it by any name.
                    facet(.institution, known.names[0])
                    add(known.names[0], to: .institution)
                    addKey(KeyToken.institution(known.id))
                } else {
                    facet(.institution, name)
                }
            } else {
                facet(.institution, record.key.source.rawValue)
            }

            for title in record.titles { add(title.text, to: .title) }
            for agent in record.agents {
                add(agent.name, to: .agent)
                add(agent.display, to: .agent)
                add(QualifierNames.words(agent.qualifier), to: .agent)
                facet(.qualifier, agent.qualifier.rawValue)
                addKey(KeyToken.qualifier(agent.qualifier.rawValue))
                for identifier in agent.authorityIDs where identifier.scheme != .uri { add(identifier.value, to: .other) }
            }
            for subject in record.subjects {
                add(subject.label, to: .subject)
                add(subject.iconclass, to: .subject)
            }
            for description in record.descriptions { add(description.text, to: .description) }
            for entry in record.provenance { add(entry.text, to: .description) }
            for related in record.relatedWorks { add(related.label, to: .description) }

            if let number = record.inventoryNumber {
                add(number.written, to: .other)
                add(number.normalized, to: .other)
            }
            for type in record.objectTypes {
                add(type.label, to: .other)
                let label = SearchText.indexed(type.label ?? "")
                if !label.isEmpty {
                    facet(.type, label)
                    addKey(KeyToken.type(label))
                }
            }
            for term in record.materials + record.techniques { add(term.label, to: .other) }
            for identifier in record.identifiers where identifier.scheme != .uri && identifier.scheme != .oai { add(identifier.value, to: .other) }
            if let date = record.date {
                add(date.display, to: .other)
                if let from = date.earliest ?? date.latest, let to = date.latest ?? date.earliest {
                    earliest = min(earliest ?? from, from)
                    latest = max(latest ?? to, to)
                }
            }
            if !record.images.isEmpty { hasImage = true }
        }
        if hasImage { addKey(KeyToken.hasImage) }
        facet(.image, hasImage ? "yes" : "no")
        if let earliest, let latest, latest - earliest <= 50 {
            var decade = Int((Double(earliest) / 10).rounded(.down)) * 10
            while decade <= latest {
                facet(.decade, String(decade))
                decade += 10
            }
        }

        columns = text.map { $0.joined(separator: " ; ") }
        self.earliest = earliest
        self.latest = latest
        self.hasImage = hasImage
        self.facets = facets
        self.keys = keys
        self.summary = StoredSummary(records: records.map(Self.summary))
    }

    /// The result summary of one record.
    static func summary(_ record: IndexedRecord) -> RecordSummary {
        let agents = record.agents.map { AgentSummary(name: $0.name, qualifier: $0.qualifier, role: $0.role) }
        let attribution = record.agents.isEmpty ? nil : record.agents.map { agent in
            agent.qualifier == .autograph ? agent.name : "\(agent.name) (\(agent.qualifier.rawValue.replacingOccurrences(of: "_", with: " ")))"
        }.joined(separator: "; ")
        let preferred = record.preferredTitle
        return RecordSummary(
            key: record.key, institution: record.institution?.name, title: preferred?.text, titleLanguage: preferred?.language,
            titles: record.titles.map { LocalizedText(text: $0.text, language: $0.language, preferred: $0.preferred ?? false) },
            attribution: attribution, agents: agents, date: record.date?.display, earliest: record.date?.earliest,
            latest: record.date?.latest, inventoryNumber: record.inventoryNumber?.written, objectTypes: record.objectTypes.compactMap(\.label),
            thumbnail: thumbnail(record), url: record.sourceURL)
    }

    /// An image URL for a record: a IIIF image service's 400-pixel rendering, or a plain image URL.
    static func thumbnail(_ record: IndexedRecord) -> String? {
        for image in record.images {
            switch image.kind {
            case .iiifImageService:
                var base = image.url
                if base.hasSuffix("/info.json") { base.removeLast("/info.json".count) }
                while base.hasSuffix("/") { base.removeLast() }
                return base + "/full/!400,400/0/default.jpg"
            case .url:
                return image.url
            case .iiifManifest:
                continue
            }
        }
        return nil
    }
}

/// The part of a result that is stored with the work in the index (relations are read at query time).
struct StoredSummary: Sendable {
    var records: [RecordSummary]

    /// The display title: the first title in `language` among the records, else the first record's preferred title.
    func title(language: String?) -> String? {
        if let language = language?.lowercased() {
            for record in records {
                if let title = record.titles.first(where: { $0.language?.lowercased().hasPrefix(language) == true }) { return title.text }
            }
        }
        return records.lazy.compactMap(\.title).first
    }

    var date: String? { records.lazy.compactMap(\.date).first }
    var thumbnail: String? { records.lazy.compactMap(\.thumbnail).first }
}
