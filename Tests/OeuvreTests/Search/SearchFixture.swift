import Foundation
import Model
import Search
import Store

/// A store with normalized records and an index over it, for the search tests.
struct SearchFixture {
    let store: OeuvreStore
    let index: SearchIndex
    static let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
    static let harvestedAt = Date(timeIntervalSince1970: 1_704_067_200)

    /// An empty store (in a file when `path` is given, else in memory) and its index.
    init(path: String? = nil) throws {
        store = try path.map { try OeuvreStore(path: $0) } ?? OeuvreStore()
        index = try SearchIndex(store: store, mappings: Self.mappings)
    }

    /// Stores records as harvested and normalized (a raw record each, so the store's keys hold).
    func add(_ records: [CatalogueRecord]) async throws {
        for (source, group) in Dictionary(grouping: records, by: \.key.source) {
            try await store.register(SourceRegistration(id: source, institution: group[0].institution?.name ?? source.rawValue, protocolName: "files", format: "lido", endpoint: "file:///fixtures"))
            let run = try await store.beginRun(source: source, full: false, from: nil, until: nil)
            let raws = group.map { RawRecord(key: $0.key, datestamp: nil, content: Array("\($0.key) \($0.rawHash)".utf8), mediaType: "application/xml") }
            try await store.commit(HarvestPage(records: raws, checkpoint: nil, bytes: 1), to: run.id)
            _ = try await store.finishRun(run.id, status: .succeeded)
            try await store.saveNormalized(group.map { NormalizedResult(key: $0.key, rawHash: $0.rawHash, outcome: .record($0)) }, mappingHash: "test")
        }
    }

    /// Replaces the works and relations, as a link run does.
    func link(_ works: [Work], relations: [WorkRelation] = []) async throws {
        try await store.saveLinkRun(LinkRunRecord(
            startedAt: Self.harvestedAt, records: works.map(\.members.count).reduce(0, +), changedRecords: 0, comparedPairs: 0, links: [],
            works: works, relations: relations, events: [], snapshot: UUID().uuidString))
    }

    /// A real fixture's golden normalized record, under another key.
    static func golden(_ name: String, _ key: String) throws -> CatalogueRecord {
        var record = try JSONCoding.decoder().decode(CatalogueRecord.self, from: Data(try Fixtures.text("golden/\(name).json").utf8))
        record.key = RecordKey(parsing: key)!
        return record
    }

    /// A hand-written record.
    static func record(
        _ key: String, titles: [(String, String)], agents: [AgentCredit] = [], institution: String? = nil, date: (String, Int, Int)? = nil,
        types: [String] = [], inventory: String? = nil, subjects: [Subject] = [], descriptions: [String] = [], image: String? = nil,
        identifiers: [Identifier] = [], rawHash: String = "1"
    ) -> CatalogueRecord {
        CatalogueRecord(
            key: RecordKey(parsing: key)!, institution: institution.map { Institution(name: $0) },
            titles: titles.enumerated().map { LocalizedText(text: $0.element.0, language: $0.element.1, preferred: $0.offset == 0) }, agents: agents,
            date: date.map { DateSpan(display: $0.0, earliest: $0.1, latest: $0.2) }, objectTypes: types.map { Term(label: $0, language: "en") },
            inventoryNumber: inventory.map { InventoryNumber(written: $0, normalized: $0.split(separator: " ").filter { $0.first?.isNumber == true || $0.count == 1 }.joined()) }, subjects: subjects,
            identifiers: identifiers, images: image.map { [ImageReference(kind: .url, url: $0)] } ?? [],
            descriptions: descriptions.map { LocalizedText(text: $0) }, harvestedAt: harvestedAt, rawHash: rawHash)
    }

    static let rubens = AgentCredit(name: "Rubens, Peter Paul", display: "Peter Paul Rubens")

    /// The shared corpus of the search tests: real fixtures and hand-written multilingual records, linked into works.
    static func corpus(path: String? = nil) async throws -> SearchFixture {
        let fixture = try SearchFixture(path: path)
        let records: [CatalogueRecord] = [
            // The Adoration of the Magi: KMSKA's Dutch record, Europeana's German one, Wikidata's English and French.
            record("kmska:IB298", titles: [("Aanbidding der koningen", "nl")], agents: [rubens], institution: "Koninklijk Museum voor Schone Kunsten Antwerpen",
                   date: ("1624-1626", 1624, 1626), types: ["painting"], inventory: "298"),
            record("europeana:2048128-298", titles: [("Die Anbetung der Könige", "de")], agents: [AgentCredit(name: "Rubens, Peter Paul", display: "P.P. Rubens")],
                   institution: "Koninklijk Museum voor Schone Kunsten Antwerpen", date: ("um 1625", 1624, 1626), types: ["painting"],
                   image: "https://example.org/kmska-298.jpg"),
            record("wikidata:Q1", titles: [("The Adoration of the Magi", "en"), ("L'Adoration des mages", "fr")], agents: [rubens], institution: "Royal Museum of Fine Arts Antwerp",
                   types: ["painting"], identifiers: [Identifier(scheme: .wikidata, value: "Q1")]),
            // The Descent from the Cross in three versions: a workshop oil sketch, a print after it, a French attribution.
            record("skd:962C", titles: [("Die Kreuzabnahme", "de")], agents: [AgentCredit(name: "Rubens, Peter Paul", display: "Werkstatt des Rubens", qualifier: .workshopOf)],
                   institution: "Gemäldegalerie Alte Meister", date: ("1615-1620", 1615, 1620), types: ["oil sketch"], inventory: "Gal.-Nr. 962 C",
                   image: "https://example.org/skd-962.jpg"),
            record("kmska:IB313", titles: [("De kruisafneming", "nl")], agents: [AgentCredit(name: "Vorsterman, Lucas", role: "engraver"), AgentCredit(name: "Rubens, Peter Paul", display: "naar Rubens", qualifier: .after)],
                   institution: "Koninklijk Museum voor Schone Kunsten Antwerpen", date: ("1650", 1650, 1650), types: ["print"], inventory: "313",
                   subjects: [Subject(label: "kruisafneming", language: "nl", iconclass: "73D72")]),
            record("lille:P1", titles: [("La Déposition de croix", "fr")], agents: [AgentCredit(name: "Rubens, Peter Paul", qualifier: .attributedTo)],
                   institution: "Palais des Beaux-Arts de Lille", date: ("vers 1616-1617", 1616, 1617), types: ["painting"], inventory: "P 1"),
            // Diacritics the other way round: the record writes no umlaut.
            record("dulwich:DPG1", titles: [("Anbetung der Konige (Kopie)", "de")], agents: [AgentCredit(name: "Rubens, Peter Paul", qualifier: .after)],
                   institution: "Dulwich Picture Gallery", date: ("1700", 1700, 1700), types: ["painting"],
                   descriptions: ["A later copy; the composition follows the Antwerp painting."]),
            // A word only in a description, to rank below titles.
            record("ng:NG853", titles: [("Portrait of Susanna Lunden", "en")], agents: [rubens], institution: "The National Gallery, London",
                   date: ("1622-1625", 1622, 1625), types: ["painting"], inventory: "NG852", descriptions: ["Not an adoration of the magi, but a portrait known as Le Chapeau de Paille."],
                   image: "https://example.org/ng852.jpg"),
            // Real normalized fixtures: the Tiger Hunt from an OAI-DC and a IIIF record, Diana from Wikidata and its sketch from CSV.
            try golden("oai_dc_rubens", "dc:tiger-hunt"),
            try golden("iiif_v3_manifest", "iiif:tiger-hunt"),
            try golden("wikidata_sparql_record", "wikidata:Q-diana"),
            try golden("works_csv", "csv:diana-sketch"),
            try golden("kmska_257_lido_origin", "vkc:kmska-257"),
            try golden("groeningemuseum_0000.GRO0208.I_lido_origin", "vkc:gro-0208"),
            try golden("marburg_bildindex_botticelli_primavera_lido", "bildindex:primavera"),
            try golden("edm_mauritshuis_1", "europeana:mauritshuis-1"),
            try golden("ima_turner_linkedart", "ima:turner"),
        ]
        try await fixture.add(records)
        try await fixture.link([
            Work(id: WorkID("w-adoration"), members: [key("kmska:IB298"), key("europeana:2048128-298"), key("wikidata:Q1")]),
            Work(id: WorkID("w-descent-sketch"), members: [key("skd:962C")]),
            Work(id: WorkID("w-descent-print"), members: [key("kmska:IB313")]),
            Work(id: WorkID("w-adoration-copy"), members: [key("dulwich:DPG1")]),
            Work(id: WorkID("w-tiger"), members: [key("dc:tiger-hunt"), key("iiif:tiger-hunt")]),
            Work(id: WorkID("w-diana"), members: [key("wikidata:Q-diana")]),
            Work(id: WorkID("w-diana-sketch"), members: [key("csv:diana-sketch")]),
        ], relations: [
            WorkRelation(a: WorkID("w-adoration-copy"), b: WorkID("w-adoration"), relation: .copyAfter, score: 0.91),
            WorkRelation(a: WorkID("w-descent-print"), b: WorkID("w-descent-sketch"), relation: .printAfter, score: 0.8),
            WorkRelation(a: WorkID("w-diana-sketch"), b: WorkID("w-diana"), relation: .preparatoryStudyFor, score: 0.75),
        ])
        try await fixture.index.update()
        return fixture
    }

    static func key(_ text: String) -> RecordKey { RecordKey(parsing: text)! }

    /// The ids of a page of results for `query`, in rank order.
    func ids(_ query: String, limit: Int = 50) async throws -> [String] {
        try await index.search(SearchRequest(query: query, limit: limit, facets: [])).works.map(\.id.rawValue)
    }
}
