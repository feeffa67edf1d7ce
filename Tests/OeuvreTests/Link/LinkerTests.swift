import Foundation
@testable import Link
import Model
import Store
import Testing

@Suite("Linking records into works and typed relations")
struct LinkerTests {
    static let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path

    static func runner(_ store: OeuvreStore, decisions: String? = nil) throws -> LinkRunner {
        let folder = try decisions ?? Fixtures.temporaryDirectory()
        return LinkRunner(store: store, tables: try LinkTables.load(mappings: mappings), decisions: DecisionFile(mappings: folder))
    }

    static func workOf(_ key: RecordKey, _ store: OeuvreStore) async throws -> WorkID {
        try #require(try await store.work(of: key))
    }

    @Test func realFixtureRecordsOfOneObjectFormOneWorkAndAPartStaysApartFromItsWhole() async throws {
        let origin = try RecordStore.golden("kmska_257_lido_origin", as: RecordKey(source: "kmska", recordID: "257"))
        let enriched = try RecordStore.golden("kmska_257_lido_enriched", as: RecordKey(source: "vkc-enriched", recordID: "257"))
        let polyptych = try RecordStore.golden("kmska_257-260_lido_origin", as: RecordKey(source: "vkc-enriched", recordID: "257-260"))
        let dc = try RecordStore.golden("oai_dc_rubens", as: RecordKey(source: "dc", recordID: "312"))
        let iiif = try RecordStore.golden("iiif_v3_manifest", as: RecordKey(source: "iiif", recordID: "312"))
        let vgw = try ["vgw_production", "vgw_dimensions", "vgw_identifiers"].enumerated().map {
            try RecordStore.golden($0.element, as: RecordKey(source: SourceID("vgw-\($0.offset)"), recordID: "s0416M1990"))
        }
        let mauritshuis = try ["edm_mauritshuis_1", "edm_mauritshuis_100", "edm_mauritshuis_101"].map {
            try RecordStore.golden($0, as: RecordKey(source: "europeana", recordID: $0))
        }
        let store = try await RecordStore.make([origin, enriched, polyptych, dc, iiif] + vgw + mauritshuis)
        let report = try await Self.runner(store).run()
        #expect(report.records == 11)

        #expect(try await Self.workOf(origin.key, store) == (try await Self.workOf(enriched.key, store)))
        #expect(try await Self.workOf(origin.key, store) != (try await Self.workOf(polyptych.key, store)))
        #expect(try await Self.workOf(dc.key, store) == (try await Self.workOf(iiif.key, store)))
        let vgwWork = try await Self.workOf(vgw[0].key, store)
        for record in vgw { #expect(try await Self.workOf(record.key, store) == vgwWork) }
        // Three Mauritshuis paintings: three works, and two portraits with neighbouring numbers are not made pendants
        // on that alone.
        let ids = try await Set(mauritshuis.asyncMap { try await Self.workOf($0.key, store) })
        #expect(ids.count == 3)
        #expect(try await store.links().filter { $0.relation == .pendant }.isEmpty)

        // Every link carries its evidence.
        let link = try #require(try await store.links(of: origin.key).first)
        #expect(link.relation == .sameObject)
        #expect(link.evidence.contains { $0.feature == "identifier" && $0.contribution > 0 })
    }

    @Test func theSameObjectInTwoLanguagesIsOneWorkAndTheSameSubjectElsewhereIsNot() async throws {
        let store = try await RecordStore.make([LinkRecords.kmskaAdoration, LinkRecords.europeanaAdoration, LinkRecords.dresdenAdoration])
        _ = try await Self.runner(store).run()
        let antwerp = try await Self.workOf(LinkRecords.kmskaAdoration.key, store)
        #expect(try await Self.workOf(LinkRecords.europeanaAdoration.key, store) == antwerp)
        #expect(try await Self.workOf(LinkRecords.dresdenAdoration.key, store) != antwerp)

        let tables = try LinkTables.load(mappings: Self.mappings)
        let explanation = try await PairExplanation.explain(LinkRecords.kmskaAdoration.key, LinkRecords.europeanaAdoration.key, store: store, tables: tables)
        #expect(explanation.sameObjectScore > 0.9)
        #expect(explanation.sameObjectEvidence.contains { $0.feature == "inventory_number" && $0.contribution > 0 })
        #expect(explanation.sameObjectEvidence.contains { $0.feature == "title" && $0.value.contains("[adoration]") && $0.contribution > 0 })
        let apart = try await PairExplanation.explain(LinkRecords.kmskaAdoration.key, LinkRecords.dresdenAdoration.key, store: store, tables: tables)
        #expect(apart.sameObjectScore < 0.5)
        #expect(apart.ruledOut)
        #expect(apart.sameObjectEvidence.contains { $0.feature == "institution" && $0.contribution < 0 })
    }

    @Test func studiesPrintsAndCopiesAreRelatedToTheirOriginalAndNeverMergedIntoIt() async throws {
        let records = [LinkRecords.kmskaAdoration, LinkRecords.europeanaAdoration, LinkRecords.sketchForAdoration, LinkRecords.printAfterAdoration, LinkRecords.copyOfAdoration]
        let store = try await RecordStore.make(records)
        _ = try await Self.runner(store).run()
        let original = try await Self.workOf(LinkRecords.kmskaAdoration.key, store)
        for derived in [LinkRecords.sketchForAdoration, LinkRecords.printAfterAdoration, LinkRecords.copyOfAdoration] {
            #expect(try await Self.workOf(derived.key, store) != original, "\(derived.key) must not join its original's work")
        }
        let relations = try await store.relations(of: original)
        func relation(_ record: CatalogueRecord) async throws -> LinkRelation? {
            let work = try await Self.workOf(record.key, store)
            return relations.first { $0.a == work && $0.b == original }?.relation
        }
        #expect(try await relation(LinkRecords.sketchForAdoration) == .preparatoryStudyFor)
        #expect(try await relation(LinkRecords.printAfterAdoration) == .printAfter)
        #expect(try await relation(LinkRecords.copyOfAdoration) == .copyAfter)
        let copyLink = try #require(try await store.links(of: LinkRecords.copyOfAdoration.key).first { $0.relation == .copyAfter })
        #expect(copyLink.evidence.contains { $0.feature == "statement" })
    }

    @Test func workIDsAreStableAcrossRunsAndChangesAreRecorded() async throws {
        let store = try await RecordStore.make([LinkRecords.kmskaAdoration, LinkRecords.dresdenAdoration])
        let first = try await Self.runner(store).run()
        let antwerp = try await Self.workOf(LinkRecords.kmskaAdoration.key, store)

        // Nothing changed: nothing compared, same ids, same snapshot.
        let second = try await Self.runner(store).run()
        #expect(second.changedRecords == 0)
        #expect(second.snapshot == first.snapshot)
        #expect(try await Self.workOf(LinkRecords.kmskaAdoration.key, store) == antwerp)

        // A new record of the Antwerp painting joins its work, which keeps its id.
        try await RecordStore.put([LinkRecords.europeanaAdoration], into: store)
        let third = try await Self.runner(store).run()
        #expect(third.changedRecords == 1)
        #expect(third.snapshot != first.snapshot)
        #expect(try await Self.workOf(LinkRecords.europeanaAdoration.key, store) == antwerp)
        #expect(try await Self.workOf(LinkRecords.kmskaAdoration.key, store) == antwerp)
        let events = try await store.events(of: antwerp).map(\.event.kind)
        #expect(events.contains(.created))
        // The Europeana record was a work of its own for no run, so nothing merged; its id was never handed out.
        #expect(!events.contains(.split))
    }

    @Test func curatorDecisionsSurviveReRuns() async throws {
        let store = try await RecordStore.make([LinkRecords.kmskaAdoration, LinkRecords.europeanaAdoration, LinkRecords.dresdenAdoration])
        let folder = try Fixtures.temporaryDirectory()
        let file = DecisionFile(mappings: folder)
        try file.record(CuratorDecision(verdict: .reject, a: LinkRecords.kmskaAdoration.key, b: LinkRecords.europeanaAdoration.key, relation: .sameObject, note: "Europeana's record is of the workshop replica", date: "2026-11-29"))
        try file.record(CuratorDecision(verdict: .confirm, a: LinkRecords.dresdenAdoration.key, b: LinkRecords.kmskaAdoration.key, relation: .versionOf, note: "same composition, says the Corpus Rubenianum", date: "2026-11-29"))
        #expect(try file.load().count == 2)
        #expect(try String(contentsOfFile: file.path, encoding: .utf8).contains("note: \"Europeana's record is of the workshop replica\""))

        for _ in 0..<2 {
            _ = try await Self.runner(store, decisions: folder).run()
            #expect(try await Self.workOf(LinkRecords.kmskaAdoration.key, store) != (try await Self.workOf(LinkRecords.europeanaAdoration.key, store)))
            let confirmed = try #require(try await store.links(of: LinkRecords.dresdenAdoration.key).first { $0.relation == .versionOf })
            #expect(confirmed.decision == .confirmed)
            #expect(confirmed.score == 1)
        }
        // Re-harvesting the records does not undo it either.
        var changed = LinkRecords.europeanaAdoration
        changed.titles.append(LocalizedText(text: "De aanbidding der koningen", language: "nl"))
        try await RecordStore.put([changed], into: store)
        _ = try await Self.runner(store, decisions: folder).run()
        #expect(try await Self.workOf(LinkRecords.kmskaAdoration.key, store) != (try await Self.workOf(LinkRecords.europeanaAdoration.key, store)))
    }

    @Test func aSplitKeepsTheIDWithTheLargerPartAndIsRecorded() async throws {
        let store = try await RecordStore.make([LinkRecords.kmskaAdoration, LinkRecords.europeanaAdoration])
        let folder = try Fixtures.temporaryDirectory()
        _ = try await Self.runner(store, decisions: folder).run()
        let work = try await Self.workOf(LinkRecords.kmskaAdoration.key, store)
        #expect(try await Self.workOf(LinkRecords.europeanaAdoration.key, store) == work)

        try DecisionFile(mappings: folder).record(CuratorDecision(verdict: .reject, a: LinkRecords.kmskaAdoration.key, b: LinkRecords.europeanaAdoration.key, relation: .sameObject, date: "2026-11-29"))
        let report = try await Self.runner(store, decisions: folder).run()
        #expect(report.events["split"] == 1)
        let ids = [try await Self.workOf(LinkRecords.kmskaAdoration.key, store), try await Self.workOf(LinkRecords.europeanaAdoration.key, store)]
        #expect(Set(ids).count == 2)
        #expect(ids.contains(work))
        let split = try #require(try await store.events(of: work).last)
        #expect(split.event.kind == .split)
        #expect(split.event.others == ids.filter { $0 != work })
    }

    @Test func evaluationCountsPairsWithinWorksAndRelationsBetweenGoldObjects() async throws {
        let records = [LinkRecords.kmskaAdoration, LinkRecords.europeanaAdoration, LinkRecords.dresdenAdoration, LinkRecords.printAfterAdoration]
        let store = try await RecordStore.make(records)
        _ = try await Self.runner(store).run()
        let gold = [
            LinkRow(a: LinkRecords.kmskaAdoration.key, b: LinkRecords.europeanaAdoration.key, relation: .sameObject),
            // The print's gold relation names the Europeana record; the linker may have found it on the KMSKA one.
            LinkRow(a: LinkRecords.printAfterAdoration.key, b: LinkRecords.europeanaAdoration.key, relation: .printAfter),
            LinkRow(a: LinkRecords.dresdenAdoration.key, b: LinkRecords.kmskaAdoration.key, relation: .versionOf),
        ]
        var works: [Work] = []
        try await store.forEachWork { works += $0 }
        let evaluation = LinkEvaluation.evaluate(gold: gold, works: works, typedLinks: try await store.links())
        #expect(evaluation.relations["same_object"] == LinkEvaluation.Figures(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(evaluation.relations["print_after"]?.truePositives == 1)
        #expect(evaluation.relations["version_of"]?.falseNegatives == 1)
        #expect(evaluation.missed.contains { $0.relation == .versionOf })
        #expect(abs(evaluation.typed.recall - 0.5) < 1e-9)
    }

    @Test func storedFeaturesReadBackAsComputed() throws {
        let extractor = FeatureExtractor(tables: try LinkTables.load(mappings: Self.mappings))
        for record in [LinkRecords.copyOfAdoration, LinkRecords.printAfterAdoration, LinkRecords.europeanaAdoration] {
            let features = extractor.features(of: record)
            #expect(FeatureEncoding.decode(FeatureEncoding.encode(features)) == features)
        }
        #expect(FeatureEncoding.decode(Data("{\"json\": true}".utf8)) == nil)
    }

    @Test func theSupportIsTheFirstOneAnyMaterialNames() throws {
        let extractor = FeatureExtractor(tables: try LinkTables.load(mappings: Self.mappings))
        func support(_ labels: [String]) -> String? {
            let record = CatalogueRecord(key: RecordKey(source: "s", recordID: "r"), materials: labels.map { Term(label: $0) }, harvestedAt: Date(), rawHash: "")
            return extractor.features(of: record).support
        }
        #expect(support(["Olieverf op DOEK"]) == "canvas")
        #expect(support(["oil paint", "Eikenhout (paneel)"]) == "panel")
        #expect(support(["Kupfer", "Leinwand"]) == "canvas")
        #expect(support(["papier", "papier"]) == "paper")
        #expect(support(["olieverf"]) == nil)
        #expect(support([]) == nil)
    }

    @Test func aLinksFileRoundTripsWithCommasAndQuotesInRecordIDs() throws {
        let row = LinkRow(a: RecordKey(source: "csv", recordID: "inv, \"312\""), b: RecordKey(source: "kmska", recordID: "312"), relation: .copyAfter, score: 0.875)
        let path = try Fixtures.temporaryDirectory() + "/links.csv"
        try (LinksFile.headerLine + LinksFile.line(row)).write(toFile: path, atomically: true, encoding: .utf8)
        let read = try LinksFile.read(path: path)
        #expect(read == [row])
        try "source_a,record_a\nx,y\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: FileLocatedError.self) { try LinksFile.read(path: path) }
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}

@Suite("Link evidence as stored")
struct EvidenceStorageTests {
    @Test func evidenceWithQuotesNewlinesAndNonLatinTextReadsBackExactly() async throws {
        let store = try await RecordStore.make([LinkRecords.kmskaAdoration, LinkRecords.europeanaAdoration])
        let evidence = [
            LinkEvidence(feature: "title", value: "\"Anbetung\" der Könige\nΠροσκύνηση \\ 東方三博士 \u{01}", contribution: 2.5),
            LinkEvidence(feature: "prior", value: "", contribution: -4),
        ]
        let link = RecordLink(a: LinkRecords.kmskaAdoration.key, b: LinkRecords.europeanaAdoration.key, relation: .sameObject, score: 0.9, evidence: evidence)
        try await store.saveLinkRun(LinkRunRecord(
            startedAt: Date(), records: 2, changedRecords: 2, comparedPairs: 1, links: [link],
            works: [Work(id: WorkID("w-1"), members: [LinkRecords.kmskaAdoration.key, LinkRecords.europeanaAdoration.key])],
            relations: [], events: [], snapshot: "s"))
        #expect(try await store.links() == [link])
    }
}
