import Foundation
import Model
@testable import Normalize
import Harvest
import Store
import Testing

/// What the EDM, Linked Art and CSV mappings read beyond the basics: attribution qualifiers, related works and the
/// object's identifiers, on the real fixtures where they have the feature and on hand-written ones where none does
/// (Tests/Fixtures/SOURCES.md); and the small engine features the mappings need for it.
@Suite("Format mappings: attributions, related works and identifiers")
struct MappingFeatureTests {
    static func normalize(_ fixture: String, mapping name: String) throws -> CatalogueRecord {
        try normalize(bytes: Fixtures.bytes(fixture), mapping: name, recordID: (fixture as NSString).lastPathComponent)
    }

    static func normalize(bytes: [UInt8], mapping name: String, recordID: String = "r") throws -> CatalogueRecord {
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        let mapping = try MappingLoader.load(file: mappings + "/formats/\(name).yaml", mappingsDirectory: mappings)
        let normalizer = RecordNormalizer(mapping: mapping, authorities: try NormalizeRunner.authorities(mappingsDirectory: mappings))
        var content = bytes
        if mapping.kind == .csv, let row = CSVRecord.firstRow(of: String(decoding: bytes, as: UTF8.self)) { content = row }
        let raw = RawRecord(key: RecordKey(source: "test", recordID: recordID), datestamp: nil, content: content, mediaType: mapping.format.mediaType)
        guard case .record(let record) = normalizer.normalize(raw, harvestedAt: .oeuvreNow) else {
            throw TestServerError(message: "\(recordID) was quarantined")
        }
        return record
    }

    // MARK: - EDM

    @Test func edmCreatorsAreReadAsAttributions() throws {
        let record = try Self.normalize("handwritten/edm_provider_relations.xml", mapping: "edm")
        let workshop = try #require(record.agents.first { $0.qualifier == .workshopOf })
        #expect(workshop.name == "Rubens, Peter Paul")
        #expect(workshop.display == "Werkstatt des Peter Paul Rubens")
        #expect(workshop.authorityIDs.contains { $0.scheme == .rkd && $0.value == "68737" })
        // "(I)" is part of the name, "(toegeschreven aan)" the qualifier.
        let attributed = try #require(record.agents.first { $0.qualifier == .attributedTo })
        #expect(attributed.name == "Brueghel, Jan (I)")
        #expect(attributed.authorityIDs.contains { $0.scheme == .wikidata && $0.value == "Q209050" })
        #expect(record.agents.count == 2)
    }

    @Test func edmPlainCreatorsOfTheRealRecordsStayAutograph() throws {
        for number in [1, 100, 101] {
            let record = try Self.normalize("europeana-oai/records/edm_mauritshuis_\(number).xml", mapping: "edm")
            #expect(record.agents.count == 1)
            #expect(record.agents.allSatisfy { $0.qualifier == .autograph && $0.display == $0.name })
        }
    }

    @Test func edmVersionsAndRelationsAreRelatedWorks() throws {
        let record = try Self.normalize("handwritten/edm_provider_relations.xml", mapping: "edm")
        let related = record.relatedWorks.map { [$0.relation, $0.target ?? "-", $0.label ?? "-"] }
        #expect(related == [
            ["http://purl.org/dc/terms/isVersionOf", "https://skd.museum/collection/object/962B", "-"],
            ["http://purl.org/dc/terms/hasVersion", "Q130000025", "-"],
            ["http://purl.org/dc/terms/isReplacedBy", "https://collectie.example.org/object/1024D", "-"],
            ["http://purl.org/dc/elements/1.1/relation", "-", "Kopie nach Peter Paul Rubens, Dianas Heimkehr von der Jagd, Dresden, Gal.-Nr. 962 B"],
        ])
        // The real Mauritshuis records state no relation.
        #expect(try Self.normalize("europeana-oai/records/edm_mauritshuis_1.xml", mapping: "edm").relatedWorks.isEmpty)
    }

    @Test func edmSameAsGivesIdentifiers() throws {
        let record = try Self.normalize("handwritten/edm_provider_relations.xml", mapping: "edm")
        let identifiers = record.identifiers.map { "\($0.scheme.rawValue):\($0.value)" }
        #expect(identifiers == [
            "europeana:/2048001/voorbeeldmuseum_1024C", "wikidata:Q130000024", "rkd:281234", "uri:https://collectie.example.org/id/object/1024C",
        ])
        // owl:sameAs of contextual resources (the real records' edm:TimeSpan) is not the object's.
        let real = try Self.normalize("europeana-oai/records/edm_mauritshuis_1.xml", mapping: "edm")
        #expect(real.identifiers.map(\.scheme) == [.europeana])
    }

    // MARK: - Linked Art

    @Test func aLinkedArtGroupFormedUnderAMasterIsTheMasterWithTheQualifier() throws {
        let record = try Self.normalize("handwritten/linked_art_attributions.json", mapping: "linked-art")
        let circle = try #require(record.agents.first)
        #expect(circle.name == "Rubens, Peter Paul")
        #expect(circle.qualifier == .circleOf)
        #expect(circle.display == "Circle of Peter Paul Rubens")
        // The master's ids from formed_by.influenced_by, not the group's own URI.
        #expect(circle.authorityIDs.contains { $0.scheme == .ulan && $0.value == "500002921" })
        #expect(!circle.authorityIDs.contains { $0.value.contains("circle-of-rubens") })
    }

    @Test func linkedArtAttributeAssignmentsGiveQualifiedAgentsButNotFormerOnes() throws {
        let record = try Self.normalize("handwritten/linked_art_attributions.json", mapping: "linked-art")
        let possibly = try #require(record.agents.first { $0.name == "Dyck, Anthony van" })
        #expect(possibly.qualifier == .attributedTo)
        #expect(!record.agents.contains { $0.name.contains("Jordaens") }, "a formerly-attributed artist is not credited")
        #expect(record.agents.count == 2)
        // Van Gogh Worldwide's previous attribution (assigned_by, classified previous_attribution) credits no one.
        let previous = try Self.normalize("linked-art/vgw_previous_attribution.jsonld", mapping: "linked-art")
        #expect(previous.agents.isEmpty)
    }

    @Test func linkedArtIconclassURIsGiveNotationsAndObjectsAreRelatedWorks() throws {
        let record = try Self.normalize("handwritten/linked_art_attributions.json", mapping: "linked-art")
        #expect(record.subjects.map { $0.iconclass ?? "-" } == ["11H(SEBASTIAN)", "-"])
        #expect(record.subjects.map { $0.label ?? "-" } == ["the martyr Sebastian", "martyrdom"])
        let related = record.relatedWorks.map { [$0.relation, $0.target ?? "-", $0.label ?? "-"] }
        #expect(related == [
            ["influenced_by", "https://collectie.example.org/data/object/corsini-388", "Peter Paul Rubens, Saint Sebastian (Galleria Nazionale d'Arte Antica, Rome, inv. 388)"],
            ["represents", "https://collectie.example.org/data/object/rennes-sebastian", "Saint Sebastian (Rennes, Musée des Beaux-Arts)"],
        ])
    }

    @Test func linkedArtSubjectAsAPlainIconclassURI() throws {
        let json = #"{"id": "https://example.org/object/1", "type": "HumanMadeObject", "_label": "Vanitas", "shows": [{"type": "VisualItem", "about": [{"id": "http://iconclass.org/73B57", "type": "Type", "_label": "Adoration"}], "represents_instance_of_type": [{"id": "https://iconclass.org/rkd/11H(JEROME)/", "type": "Type"}]}]}"#
        let record = try Self.normalize(bytes: Array(json.utf8), mapping: "linked-art")
        #expect(record.subjects.compactMap(\.iconclass) == ["11H(JEROME)", "73B57"])
    }

    // MARK: - CSV

    @Test func csvIdentifierColumnsAndBasedOn() throws {
        let record = try Self.normalize("handwritten/wikidata_export.csv", mapping: "csv")
        #expect(record.identifiers.map { "\($0.scheme.rawValue):\($0.value)" } == ["local:hw-csv-0101", "rkd:281234", "wikidata:Q130000024"])
        #expect(record.relatedWorks.map { [$0.relation, $0.target ?? "-"] } == [["based_on", "Q130000020"]])
        #expect(record.agents.map(\.qualifier) == [.after])
    }

    @Test func csvRowsWithoutTheNewColumnsGiveNoStatement() throws {
        // The second row: a Wikidata item as id, an RKD URI, empty qid and based_on.
        let rows = CSVRows.parse(try Fixtures.text("handwritten/wikidata_export.csv"))
        let second = rows[0].joined(separator: ",") + "\n" + rows[2].map { "\"\($0)\"" }.joined(separator: ",") + "\n"
        let record = try Self.normalize(bytes: Array(second.utf8), mapping: "csv")
        #expect(record.identifiers.map { "\($0.scheme.rawValue):\($0.value)" } == ["wikidata:Q130000021", "rkd:281235"])
        #expect(record.relatedWorks.isEmpty)
        // The original column set still works, with a wikidata column.
        let plain = "id,title,creator,wikidata\nx-1,Bathseba,\"Rubens, Peter Paul\",http://www.wikidata.org/entity/Q130000030\n"
        let old = try Self.normalize(bytes: Array(plain.utf8), mapping: "csv")
        #expect(old.identifiers.map { "\($0.scheme.rawValue):\($0.value)" } == ["local:x-1", "wikidata:Q130000030"])
        #expect(old.relatedWorks.isEmpty)
        #expect(old.agents.map(\.name) == ["Rubens, Peter Paul"])
    }

    // MARK: - Engine features the mappings rely on

    @Test func aJSONFilterCanExcludeAValue() {
        let value: [String: Any] = ["carried_out_by": [["type": "Person", "_label": "A"], ["type": "Group", "_label": "B"], ["_label": "C"]]]
        #expect(JSONRecordReader.select("carried_out_by[?type!=Group]._label", in: value) as? [String] == ["A", "C"])
        #expect(JSONRecordReader.select("carried_out_by[?type=Group]._label", in: value) as? [String] == ["B"])
    }

    @Test func aJSONConditionIgnoresEmptyValues() throws {
        let reader = try JSONRecordReader(bytes: Array(#"{"based_on": "", "missing": null, "qid": "Q1", "zero": 0}"#.utf8))
        #expect(try !reader.holds("based_on", at: reader.root))
        #expect(try !reader.holds("missing", at: reader.root))
        #expect(try !reader.holds("absent", at: reader.root))
        #expect(try reader.holds("qid", at: reader.root))
        #expect(try reader.holds("zero", at: reader.root))
    }

    @Test func iconclassNotationsFromURIs() {
        #expect(RecordBuilder.iconclassNotation("http://iconclass.org/73B57") == "73B57")
        #expect(RecordBuilder.iconclassNotation("https://iconclass.org/11H%28JEROME%29") == "11H(JEROME)")
        #expect(RecordBuilder.iconclassNotation("http://www.iconclass.org/rkd/25F23(LION)/") == "25F23(LION)")
        #expect(RecordBuilder.iconclassNotation("57 A 9 :") == "57A9")
        #expect(RecordBuilder.iconclassNotation("http://vocab.getty.edu/aat/300055942") == nil)
        #expect(RecordBuilder.iconclassNotation("  ") == nil)
    }
}
