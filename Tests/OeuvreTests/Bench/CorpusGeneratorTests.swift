import Bench
import Foundation
import Harvest
import Model
import Normalize
import Store
import Testing

@Suite("The benchmark corpus generator")
struct CorpusGeneratorTests {
    /// A small corpus with all eight sources, written once for the suite.
    static let corpus: String = {
        let folder = (try? Fixtures.temporaryDirectory()) ?? NSTemporaryDirectory() + "oeuvre-corpus"
        _ = try? CorpusGenerator(options: CorpusOptions(records: 1500, sources: 8, seed: 11, output: folder)).write()
        return folder
    }()

    @Test func theSameSeedWritesTheSameBytes() throws {
        let a = try Fixtures.temporaryDirectory()
        let b = try Fixtures.temporaryDirectory()
        _ = try CorpusGenerator(options: CorpusOptions(records: 700, sources: 8, seed: 5, output: a)).write()
        _ = try CorpusGenerator(options: CorpusOptions(records: 700, sources: 8, seed: 5, output: b)).write()
        let files = try Self.files(in: a)
        #expect(files == (try Self.files(in: b)))
        #expect(files.count > 10)
        for file in files {
            var left = try String(contentsOfFile: a + "/" + file, encoding: .utf8)
            let right = try String(contentsOfFile: b + "/" + file, encoding: .utf8)
            // README.txt names the folder it was written to.
            if file == "README.txt" { left = left.replacingOccurrences(of: a, with: b) }
            #expect(left == right, "\(file) differs between two runs with one seed")
        }
    }

    @Test func anotherSeedWritesAnotherCorpus() throws {
        let a = try Fixtures.temporaryDirectory()
        let b = try Fixtures.temporaryDirectory()
        _ = try CorpusGenerator(options: CorpusOptions(records: 300, sources: 4, seed: 1, output: a)).write()
        _ = try CorpusGenerator(options: CorpusOptions(records: 300, sources: 4, seed: 2, output: b)).write()
        #expect(try String(contentsOfFile: a + "/truth.csv", encoding: .utf8) != String(contentsOfFile: b + "/truth.csv", encoding: .utf8))
        let firstFile = "/museum-a/museum-a-00001.xml"
        #expect(try String(contentsOfFile: a + firstFile, encoding: .utf8) != String(contentsOfFile: b + firstFile, encoding: .utf8))
    }

    @Test func itWritesExactlyTheRecordsAskedFor() throws {
        let ids = try Self.recordIDs(in: Self.corpus)
        #expect(ids.values.reduce(0) { $0 + $1.count } == 1500)
        #expect(Set(ids.keys) == ["museum-a", "europeana", "rkd", "wikidata", "museum-b", "museum-c", "museum-d", "museum-e"])
    }

    @Test func everyTruthRecordIsAWrittenRecord() throws {
        let ids = try Self.recordIDs(in: Self.corpus)
        for (source, list) in ids { #expect(Set(list).count == list.count, "record ids repeat in \(source)") }
        let known = ids.mapValues(Set.init)
        let rows = CSVRows.parse(try String(contentsOfFile: Self.corpus + "/truth.csv", encoding: .utf8))
        #expect(rows.first == ["source_a", "record_a", "source_b", "record_b", "relation", "score"])
        var relations: Set<String> = []
        for row in rows.dropFirst() {
            #expect(row.count == 6)
            guard row.count == 6 else { continue }
            #expect(known[row[0]]?.contains(row[1]) == true, "\(row[0]) \(row[1]) is not in the corpus")
            #expect(known[row[2]]?.contains(row[3]) == true, "\(row[2]) \(row[3]) is not in the corpus")
            if row[4] == "same_object" { #expect((row[0], row[1]) < (row[2], row[3])) }
            #expect(row[5] == "1")
            relations.insert(row[4])
        }
        #expect(relations == ["same_object", "copy_after", "print_after", "preparatory_study_for", "version_of", "pendant"])
    }

    @Test func theLinkersInstitutionTableKnowsEveryAlias() throws {
        let table = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Mappings/link/institutions.csv"), encoding: .utf8)
        let rows = Set(CSVRows.parse(table).filter { !($0.first?.hasPrefix("#") ?? true) }.map { $0.joined(separator: ",") })
        for row in CSVRows.parse(CorpusDocuments.institutionsCSV()).dropFirst() {
            #expect(rows.contains(row.joined(separator: ",")), "Mappings/link/institutions.csv lacks \(row)")
        }
    }

    // MARK: - Records of each format through the real mappings

    @Test func aLIDORecordNormalizesWithItsAttribution() throws {
        let record = try #require(try Self.xmlRecords(Self.corpus + "/museum-a", element: "lido:lido").first {
            $0.contains("attributionQualifierActor") && $0.contains("<lido:workID") && $0.contains("<lido:displayDate>")
        })
        let xml = record.replacingOccurrences(of: "<lido:lido>", with: "<lido:lido xmlns:lido=\"http://www.lido-schema.org\">")
        let normalized = try Self.normalize(xml, mapping: "lido")
        Self.expectCore(normalized)
        #expect(normalized.agents.contains { $0.qualifier != .autograph })
    }

    @Test func anEDMRecordNormalizes() throws {
        let record = try #require(try Self.xmlRecords(Self.corpus + "/europeana", element: "rdf:RDF").first { record in
            record.contains("<dc:date>") && record.contains("<dc:identifier>") && Self.qualifierWords.contains { record.contains("<dc:creator>" + $0) }
        })
        let normalized = try Self.normalize(record, mapping: "edm")
        Self.expectCore(normalized)
        #expect(normalized.agents.contains { $0.qualifier != .autograph })
    }

    @Test func anEDMVersionStatementIsARelatedWork() throws {
        let record = try #require(try Self.xmlRecords(Self.corpus + "/europeana", element: "rdf:RDF").first { $0.contains("<dcterms:isVersionOf rdf:resource=") })
        let normalized = try Self.normalize(record, mapping: "edm")
        let statement = try #require(normalized.relatedWorks.first)
        #expect(statement.relation == "http://purl.org/dc/terms/isVersionOf")
        #expect(statement.target.map { record.contains("rdf:resource=\"\($0)\"") } == true)
    }

    @Test func aLinkedArtWorkshopGroupIsTheMasterWithTheQualifier() throws {
        let lines = try Self.files(in: Self.corpus + "/rkd").flatMap {
            try String(contentsOfFile: Self.corpus + "/rkd/" + $0, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        // A workshop whose master has an RKD id: the credit is the master's, with that id.
        let master = "\"formed_by\":{\"type\":\"Formation\",\"influenced_by\":[{\"id\":\"https://rkd.nl/explore/artists/"
        let record = try #require(lines.first { $0.contains("\"_label\":\"Workshop of ") && $0.contains(master) })
        let rkd = try Self.value(in: record, after: master, until: "\"")
        let normalized = try Self.normalize(record, mapping: "linked-art")
        let agent = try #require(normalized.agents.first { $0.qualifier == .workshopOf })
        #expect(!agent.name.lowercased().contains("workshop"))
        #expect(agent.authorityIDs.contains { $0.scheme == .rkd && $0.value == rkd })
        // The corpus's subjects are Iconclass URIs.
        if let iconclassRecord = lines.first(where: { $0.contains("iconclass.org/") }) {
            #expect(try Self.normalize(iconclassRecord, mapping: "linked-art").subjects.contains { $0.iconclass != nil })
        }
    }

    @Test func aLinkedArtCopyNamesItsOriginalAsARelatedWork() throws {
        let lines = try Self.files(in: Self.corpus + "/rkd").flatMap {
            try String(contentsOfFile: Self.corpus + "/rkd/" + $0, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let record = try #require(lines.first { $0.contains("HumanMadeObject") && $0.components(separatedBy: "HumanMadeObject").count > 2 })
        let normalized = try Self.normalize(record, mapping: "linked-art")
        let statement = try #require(normalized.relatedWorks.first)
        #expect(statement.relation == "influenced_by")
        #expect(statement.target?.hasPrefix("http") == true)
        #expect(statement.label?.isEmpty == false)
    }

    @Test func aCSVRowKeepsItsRKDNumberAndWhatItIsBasedOn() throws {
        let text = try Self.files(in: Self.corpus + "/wikidata").map { try String(contentsOfFile: Self.corpus + "/wikidata/" + $0, encoding: .utf8) }.joined()
        let rows = CSVRows.parse(text)
        let header = try #require(rows.first)
        let rkd = try #require(header.firstIndex(of: "rkd_image"))
        let basedOn = try #require(header.firstIndex(of: "based_on"))
        func csv(_ row: [String]) -> String {
            header.joined(separator: ",") + "\n" + row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
        }
        let withRKD = try #require(rows.dropFirst().first { $0.count == header.count && !$0[rkd].isEmpty })
        #expect(try Self.normalize(csv(withRKD), mapping: "csv").identifiers.contains { $0.scheme == .rkd && $0.value == withRKD[rkd] })
        let derived = try #require(rows.dropFirst().first { $0.count == header.count && !$0[basedOn].isEmpty })
        let statements = try Self.normalize(csv(derived), mapping: "csv").relatedWorks
        #expect(statements.map { [$0.relation, $0.target ?? ""] } == [["based_on", derived[basedOn]]])
        let plain = try #require(rows.dropFirst().first { $0.count == header.count && $0[basedOn].isEmpty })
        #expect(try Self.normalize(csv(plain), mapping: "csv").relatedWorks.isEmpty)
    }

    @Test func aLinkedArtRecordNormalizesWithItsAttribution() throws {
        let lines = try Self.files(in: Self.corpus + "/rkd").flatMap {
            try String(contentsOfFile: Self.corpus + "/rkd/" + $0, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let record = try #require(lines.first { $0.contains("\"influenced_by\":[{") && $0.contains("300312355") && $0.contains("\"timespan\"") })
        let normalized = try Self.normalize(record, mapping: "linked-art")
        Self.expectCore(normalized)
        #expect(normalized.agents.contains { $0.qualifier == .after })
    }

    @Test func aCSVRowNormalizesWithItsAttribution() throws {
        let text = try Self.files(in: Self.corpus + "/wikidata").map { try String(contentsOfFile: Self.corpus + "/wikidata/" + $0, encoding: .utf8) }.joined()
        let rows = CSVRows.parse(text)
        let header = try #require(rows.first)
        let row = try #require(rows.dropFirst().first { row in
            row.count == header.count && !row[4].isEmpty && !row[8].isEmpty && Self.qualifierWords.contains { row[3].hasPrefix($0) }
        })
        let csv = header.joined(separator: ",") + "\n" + row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
        let normalized = try Self.normalize(csv, mapping: "csv")
        Self.expectCore(normalized)
        #expect(normalized.agents.contains { $0.qualifier != .autograph })
    }

    // MARK: - Helpers

    static let qualifierWords = ["naar ", "nach ", "after ", "d'après ", "atelier ", "Werkstatt ", "workshop of ", "toegeschreven aan ", "attributed to ", "attribué à "]

    /// Title, an agent, a date with years and an inventory number came through.
    static func expectCore(_ record: CatalogueRecord) {
        #expect(record.preferredTitle.map { !$0.text.isEmpty } == true)
        #expect(record.agents.contains { !$0.name.isEmpty })
        #expect(record.date?.earliest != nil)
        #expect(record.inventoryNumber.map { !$0.normalized.isEmpty } == true)
        #expect(record.institution != nil)
    }

    static func normalize(_ text: String, mapping name: String) throws -> CatalogueRecord {
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        let mapping = try MappingLoader.load(file: mappings + "/formats/\(name).yaml", mappingsDirectory: mappings)
        let normalizer = RecordNormalizer(mapping: mapping, authorities: try NormalizeRunner.authorities(mappingsDirectory: mappings))
        var content = Array(text.utf8)
        if mapping.kind == .csv, let row = CSVRecord.firstRow(of: text) { content = row }
        let raw = RawRecord(key: RecordKey(source: "bench", recordID: "r"), datestamp: nil, content: content, mediaType: mapping.format.mediaType)
        guard case .record(let record) = normalizer.normalize(raw, harvestedAt: .oeuvreNow) else {
            Issue.record("the \(name) record was quarantined")
            throw CorpusError("quarantined")
        }
        return record
    }

    /// Files under `folder`, relative, sorted.
    static func files(in folder: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    /// The records of the XML files in `folder`: `lido:lido` elements (written without attributes) or `rdf:RDF`.
    static func xmlRecords(_ folder: String, element: String) throws -> [String] {
        let opening = element == "lido:lido" ? "<lido:lido>" : "<\(element) "
        return try files(in: folder).flatMap { name -> [String] in
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            return text.components(separatedBy: opening).dropFirst().compactMap { chunk in
                guard let end = chunk.range(of: "</\(element)>") else { return nil }
                return opening + chunk[..<end.upperBound]
            }
        }
    }

    /// The record ids of every source, by the files transport's rules: LIDO's preferred lidoRecID, EDM's
    /// ProvidedCHO rdf:about, Linked Art's `id`, the CSV `id` column.
    static func recordIDs(in corpus: String) throws -> [String: [String]] {
        var ids: [String: [String]] = [:]
        for line in try String(contentsOfFile: corpus + "/sources.tsv", encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            let (source, format, folder) = (fields[0], fields[1], corpus + "/" + fields[3])
            switch format {
            case "lido":
                ids[source] = try xmlRecords(folder, element: "lido:lido").map { try value(in: $0, after: "<lido:lidoRecID lido:pref=\"preferred\"", until: "</lido:lidoRecID>").components(separatedBy: ">").last ?? "" }
            case "edm":
                ids[source] = try xmlRecords(folder, element: "rdf:RDF").map { try value(in: $0, after: "<edm:ProvidedCHO rdf:about=\"", until: "\"") }
            case "linked-art":
                ids[source] = try files(in: folder).flatMap { name in
                    try String(contentsOfFile: folder + "/" + name, encoding: .utf8).split(separator: "\n").map { line in
                        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                        return object?["id"] as? String ?? ""
                    }
                }
            default:
                ids[source] = try files(in: folder).flatMap { name in
                    CSVRows.parse(try String(contentsOfFile: folder + "/" + name, encoding: .utf8)).dropFirst().map { $0[0] }
                }
            }
        }
        return ids
    }

    static func value(in text: String, after start: String, until end: String) throws -> String {
        let from = try #require(text.range(of: start))
        let to = try #require(text.range(of: end, range: from.upperBound..<text.endIndex))
        return String(text[from.upperBound..<to.lowerBound])
    }
}
