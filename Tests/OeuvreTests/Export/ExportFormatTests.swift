import Foundation
@testable import Export
import Link
import Model
import Store
import Testing

/// Every format, exported from real and hand-made records after a real link run, read back by the tools researchers
/// use (Python's csv module and pandas, pyld and rdflib, iiif-prezi3, networkx): a value that does not survive fails.
@Suite("Export formats read back by their tools")
struct ExportFormatTests {
    /// Every normalized record of the fixture, as stored.
    static func storedRecords(_ fixture: ExportFixture) async throws -> [CatalogueRecord] {
        var records: [CatalogueRecord] = []
        try await fixture.store.forEachNormalizedRecord { records += $0 }
        return records
    }

    @Test func csvRecordsKeepEveryValueForTheCSVModuleAndPandas() async throws {
        let fixture = try await ExportFixture.shared()
        let records = try await Self.storedRecords(fixture)
        let (bytes, _) = try await fixture.export(.csvRecords)
        let path = try fixture.file("records.csv", bytes)
        var rows: [[String: Any]] = []
        for record in records {
            let work = try await fixture.work(of: record.key)
            rows.append([
                "match": ["source": record.key.source.rawValue, "record_id": record.key.recordID],
                "values": [
                    "work_id": work.rawValue, "provisional": work.rawValue.hasPrefix("r:") ? "true" : "false",
                    "institution": record.institution?.name ?? "", "title": record.preferredTitle?.text ?? "",
                    "title_language": record.preferredTitle?.language ?? "", "titles": CSVText.list(record.titles.map(RecordText.title)),
                    "creators": CSVText.list(record.agents.map(RecordText.creator)), "date": record.date?.display ?? "",
                    "earliest": record.date?.earliest.map(String.init) ?? "", "latest": record.date?.latest.map(String.init) ?? "",
                    "materials": CSVText.list(record.materials.map(\.label)), "dimensions": CSVText.list(record.dimensions.map(RecordText.dimensions)),
                    "inventory_number": record.inventoryNumber?.written ?? "", "identifiers": CSVText.list(record.identifiers.map(RecordText.identifier)),
                    "subjects": CSVText.list(record.subjects.map(RecordText.subject)), "source_url": record.sourceURL ?? "",
                    "raw_hash": record.rawHash, "harvested_at": ISO8601DateFormatter().string(from: record.harvestedAt),
                ],
            ])
        }
        // The hostile values themselves, written out, so a change to the helpers above cannot hide a loss.
        rows.append([
            "match": ["source": "hand", "record_id": "tricky/1, \"quoted\""],
            "values": [
                "title": "Anbetung der Könige, \"erste\" Fassung\nzweite Zeile\r\nmit CRLF", "institution": "Musée \"Royal\", Antwerpen & <Gent>",
                "titles": "[de] Anbetung der Könige, \"erste\" Fassung\nzweite Zeile\r\nmit CRLF | [ru] Поклонение волхвов | [el] Η Προσκύνηση των Μάγων | [ja] 東方三博士の礼拝 | [ar] سجود المجوس",
                "creators": "Rubens, Peter Paul (workshop of, schilder, tekenaar)", "inventory_number": "Gal.-Nr. 962 B",
                "dimensions": "205.5 × 267 cm (support)", "image_url": "https://images.example.org/a b/962,B.jpg?x=1&y=2",
            ],
        ])
        rows.append(["match": ["source": "hand", "record_id": "Инв. 12/3"], "values": ["title": "Вакх", "institution": "Государственный Эрмитаж", "creators": "Рубенс, Питер Пауль"]])
        rows.append(["match": ["source": "hand", "record_id": "formula"], "values": ["title": "=HYPERLINK(\"http://evil.example\",\"click\")", "institution": "@SUM(1+1)", "inventory_number": "-12+3"]])
        try PythonCheck.run("check_csv.py", file: path, expected: [
            "header": RecordsCSVWriter.header, "row_count": records.count, "bom": false, "first_line": RecordsCSVWriter.header.joined(separator: ","),
            "rows": rows,
        ])
    }

    @Test func csvWorksHaveOneRowPerWorkWithTheirRecordsAndRelations() async throws {
        let fixture = try await ExportFixture.shared()
        let (bytes, provenance) = try await fixture.export(.csv)
        let path = try fixture.file("works.csv", bytes)
        var works: [Work] = []
        try await fixture.store.forEachWork { works += $0 }
        works.append(Work(id: WorkID("r:\(ExportRecords.late.key)"), members: [ExportRecords.late.key]))
        #expect(provenance.counts?.works == works.count)
        var rows: [[String: Any]] = []
        for work in works {
            let records = try await fixture.store.normalizedRecords(work.members)
            let related = try await fixture.store.relations(of: work.id)
                .sorted { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
                .map { relation -> String in
                    let read = RecordText.relation(relation, from: work.id)
                    return "\(read.name):\(read.other.rawValue)"
                }
            rows.append([
                "match": ["work_id": work.id.rawValue],
                "values": [
                    "preferred_title": records.lazy.compactMap(\.preferredTitle).first?.text ?? "", "records": String(records.count),
                    "record_keys": CSVText.list(work.members.map(\.description)), "related_works": CSVText.list(related),
                    "provisional": work.id.rawValue.hasPrefix("r:") ? "true" : "false",
                ],
            ])
        }
        // The copy names its original as the issue asks: `relation:cluster-id`.
        let copy = try await fixture.work(of: LinkRecords.copyOfAdoration.key)
        let original = try await fixture.work(of: LinkRecords.kmskaAdoration.key)
        let tricky = try await fixture.work(of: ExportRecords.tricky.key)
        rows.append(["match": ["work_id": copy.rawValue], "values": ["related_works": "copy_after:\(original.rawValue)"]])
        rows.append(["match": ["work_id": tricky.rawValue], "values": [
            "preferred_title": "Anbetung der Könige, \"erste\" Fassung\nzweite Zeile\r\nmit CRLF", "institutions": "Musée \"Royal\", Antwerpen & <Gent>",
            "inventory_numbers": "Gal.-Nr. 962 B (Musée \"Royal\", Antwerpen & <Gent>)", "earliest": "1615", "latest": "1620", "medium": "oil on panel, oak",
        ]])
        try PythonCheck.run("check_csv.py", file: path, expected: [
            "header": WorksCSVWriter.header, "row_count": works.count, "bom": false, "rows": rows,
        ])
    }

    @Test func excelCSVStartsWithTheByteOrderMarkAndKeepsFormulasAsText() async throws {
        let fixture = try await ExportFixture.shared()
        let (bytes, _) = try await fixture.export(.csvRecords, excel: true)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let path = try fixture.file("records-excel.csv", bytes)
        let records = try await Self.storedRecords(fixture)
        try PythonCheck.run("check_csv.py", file: path, expected: [
            "header": RecordsCSVWriter.header, "row_count": records.count, "bom": true, "first_line": RecordsCSVWriter.header.joined(separator: ","),
            "rows": [
                ["match": ["source": "hand", "record_id": "formula"], "values": [
                    "title": "'=HYPERLINK(\"http://evil.example\",\"click\")", "institution": "'@SUM(1+1)", "inventory_number": "'-12+3",
                ]],
                ["match": ["source": "hand", "record_id": "Инв. 12/3"], "values": ["title": "Вакх"]],
            ],
        ])
    }

    @Test func jsonLinesCarryTheRecordAsStoredItsWorkLinksAndProvenance() async throws {
        let fixture = try await ExportFixture.shared()
        let records = try await Self.storedRecords(fixture)
        let (bytes, _) = try await fixture.export(.jsonl)
        // Each line's record is the stored record, value for value (field origins included).
        let decoder = JSONCoding.decoder()
        var byKey: [RecordKey: CatalogueRecord] = [:]
        for line in bytes.split(separator: 0x0A) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            let record = try decoder.decode(CatalogueRecord.self, from: JSONSerialization.data(withJSONObject: try #require(object["record"])))
            byKey[record.key] = record
        }
        for record in records { #expect(byKey[record.key] == record, "\(record.key)") }

        var expected: [String: Any] = [:]
        for record in records {
            let links = try await fixture.store.links(of: record.key).map { [$0.a.description, $0.b.description, $0.relation.rawValue] }
            expected[record.key.description] = [
                "work": try await fixture.work(of: record.key).rawValue, "titles": record.titles.map(\.text),
                "institution": record.institution?.name as Any, "rawHash": record.rawHash, "endpoint": "file:///fixtures/\(record.key.source)",
                "titleOrigins": record.titles.map { $0.origin as Any }, "links": links,
            ]
        }
        let path = try fixture.file("records.jsonl", bytes)
        try PythonCheck.run("check_jsonl.py", file: path, expected: ["line_count": records.count, "records": expected])
    }

    @Test func linkedArtExpandsWithTheOfficialContextAndKeepsEveryValue() async throws {
        let fixture = try await ExportFixture.shared()
        let records = try await Self.storedRecords(fixture)
        let (bytes, _) = try await fixture.export(.linkedArt)
        let path = try fixture.file("linked-art.jsonl", bytes)
        let uris = ExportURIs(base: ExportOptions.defaultBaseURI)
        let tricky = "<\(uris.record(ExportRecords.tricky.key))>"
        let qualifiers = "<\(uris.record(ExportRecords.qualifiers.key))>"
        let copy = "<\(uris.record(LinkRecords.copyOfAdoration.key))>"
        let kmska = "<\(uris.record(LinkRecords.kmskaAdoration.key))>"
        let original = "<\(uris.work(try await fixture.work(of: LinkRecords.kmskaAdoration.key)))>"
        let sketch = "<\(uris.work(try await fixture.work(of: LinkRecords.sketchForAdoration.key)))>"
        let copyRelation = try #require(try await fixture.store.relations(of: try await fixture.work(of: LinkRecords.copyOfAdoration.key)).first { $0.relation == .copyAfter })
        let title = LinkedArtChecks.literal(ExportRecords.tricky.titles[0].text)
        var asks: [(String, String)] = [
            ("record is a HumanMadeObject", "ASK { \(tricky) a crm:E22_Human-Made_Object }"),
            ("title with its language, primary", "ASK { \(tricky) crm:P1_is_identified_by ?n . ?n a crm:E33_E41_Linguistic_Appellation ; crm:P190_has_symbolic_content \(title) ; crm:P72_has_language aat:300388344 ; crm:P2_has_type aat:300404670 }"),
            ("Russian title with an ISO 639 language", "ASK { \(tricky) crm:P1_is_identified_by ?n . ?n crm:P190_has_symbolic_content \"Поклонение волхвов\" ; crm:P72_has_language <http://id.loc.gov/vocabulary/iso639-1/ru> . <http://id.loc.gov/vocabulary/iso639-1/ru> skos:notation \"ru\" }"),
            ("Japanese title", "ASK { \(tricky) crm:P1_is_identified_by ?n . ?n crm:P190_has_symbolic_content \"東方三博士の礼拝\" ; crm:P2_has_type aat:300264273 }"),
            ("accession number assigned by the institution", "ASK { \(tricky) crm:P1_is_identified_by ?i . ?i crm:P190_has_symbolic_content \"Gal.-Nr. 962 B\" ; crm:P2_has_type aat:300312355 ; crm:P141i_was_assigned_by ?a . ?a crm:P14_carried_out_by ?g . ?g rdfs:label \(LinkedArtChecks.literal("Musée \"Royal\", Antwerpen & <Gent>")) }"),
            ("timespan", "ASK { \(tricky) crm:P108i_was_produced_by ?p . ?p crm:P4_has_time-span ?t . ?t crm:P82a_begin_of_the_begin ?b ; crm:P82b_end_of_the_end ?e ; crm:P1_is_identified_by ?d . ?d crm:P190_has_symbolic_content \(LinkedArtChecks.literal("ca. 1615–1620, \"circa\"")) ; crm:P2_has_type aat:300404669 . FILTER(?b = \"1615-01-01T00:00:00Z\"^^xsd:dateTime && ?e = \"1620-12-31T23:59:59Z\"^^xsd:dateTime && datatype(?b) = xsd:dateTime) }"),
            ("workshop: a Group of that type formed under the master", "ASK { \(tricky) crm:P108i_was_produced_by ?p . ?p crm:P9_consists_of ?part . ?part crm:P14_carried_out_by ?g . ?g a crm:E74_Group ; crm:P2_has_type aat:300404274 ; crm:P95i_was_formed_by ?f . ?f crm:P15_was_influenced_by ?r . ?r a crm:E21_Person ; rdfs:label \"Rubens, Peter Paul\" ; la:equivalent <https://rkd.nl/explore/artists/68737> , <http://www.wikidata.org/entity/Q5599> }"),
            ("attribution as written", "ASK { \(tricky) crm:P108i_was_produced_by ?p . ?p crm:P9_consists_of ?part . ?part crm:P67i_is_referred_to_by ?s . ?s crm:P190_has_symbolic_content \(LinkedArtChecks.literal("atelier van \"Rubens\"")) }"),
            ("height with unit and type", "ASK { \(tricky) crm:P43_has_dimension ?d . ?d crm:P90_has_value ?v ; crm:P91_has_unit aat:300379098 ; crm:P2_has_type aat:300055644 . FILTER(?v = 205.5) }"),
            ("width", "ASK { \(tricky) crm:P43_has_dimension ?d . ?d crm:P90_has_value ?v ; crm:P2_has_type aat:300055647 . FILTER(?v = 267) }"),
            ("made of", "ASK { \(tricky) crm:P45_consists_of ?m . ?m a crm:E57_Material ; rdfs:label \"oil on panel, oak\" }"),
            ("current owner", "ASK { \(tricky) crm:P52_has_current_owner ?o . ?o a crm:E74_Group ; rdfs:label \(LinkedArtChecks.literal("Musée \"Royal\", Antwerpen & <Gent>")) }"),
            ("representation", "ASK { \(tricky) crm:P138i_has_representation ?v . ?v la:digitally_shown_by ?d . ?d crm:P2_has_type aat:300215302 ; la:access_point <https://images.example.org/a%20b/962,B.jpg?x=1&y=2> }"),
            ("web page", "ASK { \(tricky) crm:P129i_is_subject_of ?l . ?l la:digitally_carried_by ?d . ?d crm:P2_has_type aat:300264578 ; la:access_point <https://collection.example.org/object/962,B?lang=de&x=y> }"),
            ("Iconclass subject", "ASK { \(tricky) crm:P65_shows_visual_item ?v . ?v crm:P129_is_about <http://iconclass.org/73B57> . <http://iconclass.org/73B57> rdfs:label \(LinkedArtChecks.literal("Adoration of the Magi, \"kings\"")) }"),
            ("description", "ASK { \(tricky) crm:P67i_is_referred_to_by ?s . ?s crm:P190_has_symbolic_content \(LinkedArtChecks.literal("Tab\there; <b>bold</b> & 'apostrophes'; emoji 🎨; ]]> end")) ; crm:P2_has_type aat:300435416 ; crm:P72_has_language aat:300388277 }"),
            ("provenance statement", "ASK { \(tricky) crm:P67i_is_referred_to_by ?s . ?s crm:P190_has_symbolic_content \(LinkedArtChecks.literal("Sold 1710, Antwerp; \"Lot 12\"")) ; crm:P2_has_type aat:300435438 }"),
            ("rights", "ASK { \(tricky) crm:P104_is_subject_to ?r . ?r a crm:E30_Right ; crm:P2_has_type <http://creativecommons.org/publicdomain/zero/1.0/> }"),
            ("the work", "ASK { \(tricky) la:equivalent <\(uris.work(try await fixture.work(of: ExportRecords.tricky.key)))> }"),
            ("record key", "ASK { \(tricky) crm:P1_is_identified_by ?i . ?i crm:P190_has_symbolic_content \(LinkedArtChecks.literal("hand:tricky/1, \"quoted\"")) }"),
            ("attributed to", "ASK { \(qualifiers) crm:P108i_was_produced_by ?p . ?p crm:P140i_was_attributed_by ?a . ?a a crm:E13_Attribute_Assignment ; crm:P2_has_type aat:300404269 ; crm:P177_assigned_property_of_type crm:P9_consists_of ; crm:P141_assigned ?part . ?part crm:P14_carried_out_by ?x . ?x rdfs:label \"Jordaens, Jacob\" }"),
            ("circle of", "ASK { \(qualifiers) crm:P108i_was_produced_by/crm:P9_consists_of/crm:P14_carried_out_by ?g . ?g crm:P2_has_type aat:300404283 ; crm:P95i_was_formed_by/crm:P15_was_influenced_by/rdfs:label \"Snyders, Frans\" }"),
            ("follower of", "ASK { \(qualifiers) crm:P108i_was_produced_by/crm:P9_consists_of/crm:P14_carried_out_by ?g . ?g crm:P2_has_type aat:300404282 ; crm:P95i_was_formed_by/crm:P15_was_influenced_by/rdfs:label \"van Dyck, Anthony\" }"),
            ("studio of", "ASK { \(qualifiers) crm:P108i_was_produced_by/crm:P9_consists_of/crm:P14_carried_out_by ?g . ?g crm:P2_has_type aat:300404275 ; crm:P95i_was_formed_by/crm:P15_was_influenced_by/rdfs:label \"Quellinus, Erasmus\" }"),
            ("school of", "ASK { \(qualifiers) crm:P108i_was_produced_by/crm:P9_consists_of/crm:P14_carried_out_by ?g . ?g crm:P2_has_type aat:300404284 ; crm:P95i_was_formed_by/crm:P15_was_influenced_by/rdfs:label \"de Vos, Cornelis\" }"),
            ("manner of", "ASK { \(qualifiers) crm:P108i_was_produced_by/crm:P9_consists_of ?part . ?part crm:P2_has_type aat:300404288 ; crm:P15_was_influenced_by/rdfs:label \"Brueghel, Jan\" }"),
            ("after", "ASK { \(qualifiers) crm:P108i_was_produced_by/crm:P9_consists_of ?part . ?part crm:P2_has_type aat:300404286 ; crm:P15_was_influenced_by/rdfs:label \"Titian\" }"),
            ("technique", "ASK { \(qualifiers) crm:P108i_was_produced_by/crm:P32_used_general_technique aat:300178684 }"),
            ("institution with its URI", "ASK { \(qualifiers) crm:P52_has_current_owner <https://skd.museum/> }"),
            ("a copy is influenced by its original", "ASK { \(copy) crm:P108i_was_produced_by/crm:P15_was_influenced_by \(original) }"),
            ("typed relation with its score", "ASK { \(copy) crm:P140i_was_attributed_by ?a . ?a crm:P2_has_type <\(uris.vocabulary("relation/copy_after"))> ; crm:P141_assigned \(original) ; crm:P43_has_dimension ?d . ?d crm:P90_has_value ?s ; crm:P2_has_type <\(uris.vocabulary("link-score"))> . FILTER(ABS(?s - \(copyRelation.score)) < 1e-9) }"),
            ("the original names its copy", "ASK { \(kmska) crm:P140i_was_attributed_by ?a . ?a crm:P2_has_type <\(uris.vocabulary("relation/has_copy"))> }"),
            ("a painting is influenced by its preparatory study", "ASK { \(kmska) crm:P108i_was_produced_by/crm:P15_was_influenced_by \(sketch) }"),
            ("same-object records are equivalent", "ASK { \(kmska) la:equivalent <\(uris.record(LinkRecords.europeanaAdoration.key))> }"),
        ]
        // Real records: every title of every record is a Name of its record's object.
        for record in records {
            for text in record.titles {
                asks.append(("title of \(record.key)", "ASK { <\(uris.record(record.key))> crm:P1_is_identified_by ?n . ?n crm:P190_has_symbolic_content \(LinkedArtChecks.literal(text.text)) }"))
            }
            if let number = record.inventoryNumber {
                asks.append(("inventory number of \(record.key)", "ASK { <\(uris.record(record.key))> crm:P1_is_identified_by ?n . ?n crm:P190_has_symbolic_content \(LinkedArtChecks.literal(number.written)) ; crm:P2_has_type aat:300312355 }"))
            }
        }
        try PythonCheck.run("check_linked_art.py", file: path, expected: [
            "context": Fixtures.url("linked-art/context/linked-art.json").path, "document_count": records.count,
            "asks": asks.map { ["name": $0.0, "query": LinkedArtChecks.prefixes + $0.1] },
        ])
    }

    @Test func iiifCollectionReferencesManifestsAndGeneratesTheMissingOnes() async throws {
        let fixture = try await ExportFixture.shared()
        let (bytes, provenance) = try await fixture.export(.iiif)
        let path = try fixture.file("collection.json", bytes)
        let uris = ExportURIs(base: ExportOptions.defaultBaseURI)
        var works: [Work] = []
        try await fixture.store.forEachWork { works += $0 }
        works.append(Work(id: WorkID("r:\(ExportRecords.late.key)"), members: [ExportRecords.late.key]))
        var withImages = 0
        for work in works where try await fixture.store.normalizedRecords(work.members).contains(where: { !$0.images.isEmpty }) { withImages += 1 }

        let service = try await fixture.work(of: ExportRecords.service.key)
        let tricky = try await fixture.work(of: ExportRecords.tricky.key)
        let iiif = try await fixture.work(of: RecordKey(source: "iiif", recordID: "312"))
        let arthub = try await fixture.work(of: RecordKey(source: "arthub", recordID: "mskgent.be:1982-N"))
        #expect(try await fixture.store.work(service)?.members == [ExportRecords.service.key])
        #expect(try await fixture.store.work(tricky)?.members == [ExportRecords.tricky.key])
        let iiifWork = try #require(try await fixture.store.work(iiif))
        let arthubWork = try #require(try await fixture.store.work(arthub))
        let iiifTitle = try #require(try await fixture.store.normalizedRecords(iiifWork.members).compactMap(\.preferredTitle).first?.text)
        let arthubTitle = try #require(try await fixture.store.normalizedRecords(arthubWork.members).compactMap(\.preferredTitle).first?.text)
        try PythonCheck.run("check_iiif.py", file: path, expected: [
            "item_count": withImages,
            "referenced": [
                "https://iiif.example.org/presentation/voorbeeldmuseum/312/manifest.json": iiifTitle,
                "https://imagehub.vlaamsekunstcollectie.be/iiif/2/mskgent.be:1982-N/manifest.json": arthubTitle,
            ],
            "generated": [
                uris.manifest(service): [
                    "label": "Studie van een oude man", "image": "https://iiif.example.org/iiif/2/study-old-man/full/max/0/default.jpg",
                    "service": "https://iiif.example.org/iiif/2/study-old-man", "width": 500, "height": 1000,
                ],
                uris.manifest(tricky): [
                    "label": ExportRecords.tricky.titles[0].text, "image": "https://images.example.org/a%20b/962,B.jpg?x=1&y=2", "service": NSNull(),
                    "width": 1000, "height": 770,
                ],
            ],
            "metadata": ["Snapshot": provenance.snapshot.id, "Query": "(all works)", "Snapshot digest (SHA-256)": provenance.snapshot.digest],
        ])
    }

    @Test func linksCSVHasTheExactHeaderAndEveryLinkAndReadsBackAsGold() async throws {
        let fixture = try await ExportFixture.shared()
        let (bytes, provenance) = try await fixture.export(.linksCSV)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("source_a,record_a,source_b,record_b,relation,score\r\n"))
        let links = try await fixture.store.links()
        #expect(!links.isEmpty)
        #expect(provenance.counts?.links == links.count)
        let path = try fixture.file("links.csv", bytes)
        // The linking issue's reader takes it as a gold file.
        let rows = try LinksFile.read(path: path)
        #expect(rows.map { "\($0.a)|\($0.b)|\($0.relation)" } == links.map { "\($0.a)|\($0.b)|\($0.relation)" })
        #expect(zip(rows, links).allSatisfy { $0.score == $1.score })
        try PythonCheck.run("check_csv.py", file: path, expected: [
            "header": LinksCSVWriter.header, "row_count": links.count, "first_line": "source_a,record_a,source_b,record_b,relation,score",
            "rows": links.map { link in
                ["match": ["source_a": link.a.source.rawValue, "record_a": link.a.recordID, "source_b": link.b.source.rawValue, "record_b": link.b.recordID, "relation": link.relation.rawValue],
                 "values": ["score": NumberText.plain(link.score)]]
            },
        ])
    }

    @Test func graphMLHasTheWorksTheirRelationsAndTheProvenance() async throws {
        let fixture = try await ExportFixture.shared()
        let (bytes, provenance) = try await fixture.export(.graphml)
        let path = try fixture.file("works.graphml", bytes)
        var works: [Work] = []
        try await fixture.store.forEachWork { works += $0 }
        let relations = try await fixture.store.workRelations()
        #expect(!relations.isEmpty)
        #expect(provenance.counts?.relations == relations.count)
        let snapshot = try fixture.store.exportSnapshot()
        let strongest = try await snapshot.strongestLinks(for: relations)
        let tricky = try await fixture.work(of: ExportRecords.tricky.key)
        let cyrillic = try await fixture.work(of: ExportRecords.cyrillic.key)
        try PythonCheck.run("check_graphml.py", file: path, expected: [
            "graph": ["snapshot": provenance.snapshot.id, "snapshot_digest": provenance.snapshot.digest, "query": "", "selection": "all works", "tool": provenance.tool],
            "node_count": works.count + 1,
            "edge_count": relations.count,
            "nodes": [
                tricky.rawValue: [
                    "label": ExportRecords.tricky.titles[0].text, "provisional": false, "records": 1, "earliest": 1615, "latest": 1620,
                    "institutions": "Musée \"Royal\", Antwerpen & <Gent>", "creators": "Rubens, Peter Paul (workshop of, schilder, tekenaar)",
                ],
                cyrillic.rawValue: ["label": "Вакх", "title_language": "ru", "inventory_numbers": "ГЭ-470"],
                "r:\(ExportRecords.late.key)": ["label": "Venus, Mars and Cupid", "provisional": true],
            ],
            "edges": zip(relations, strongest).map { relation, link in
                [
                    "source": relation.a.rawValue, "target": relation.b.rawValue, "relation": relation.relation.rawValue, "score": relation.score,
                    "evidence_contains": link?.evidence.max { abs($0.contribution) < abs($1.contribution) }?.feature ?? "",
                ] as [String: Any]
            },
        ])
    }
}

/// SPARQL for the Linked Art checks.
enum LinkedArtChecks {
    static let prefixes = """
        PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
        PREFIX la: <https://linked.art/ns/terms/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        PREFIX aat: <http://vocab.getty.edu/aat/>

        """

    /// A SPARQL string literal: backslashes, quotes and line breaks escaped.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
