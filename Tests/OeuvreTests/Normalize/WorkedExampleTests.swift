import Foundation
import Model
import Normalize
import Store
import Testing

@Suite("The worked example in Mappings/README.md")
struct WorkedExampleTests {
    @Test func aDutchWorkshopAttributionBecomesOneAgentWithAuthorityIDs() throws {
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        let mapping = try MappingLoader.load(file: mappings + "/formats/lido.yaml", mappingsDirectory: mappings)
        let normalizer = RecordNormalizer(mapping: mapping, authorities: try NormalizeRunner.authorities(mappingsDirectory: mappings))
        let lido = """
            <lido:lido xmlns:lido="http://www.lido-schema.org"><lido:lidoRecID lido:type="local">ex-1</lido:lidoRecID>
            <lido:descriptiveMetadata xml:lang="nl">
              <lido:objectIdentificationWrap><lido:titleWrap><lido:titleSet><lido:appellationValue>De aanbidding der koningen</lido:appellationValue></lido:titleSet></lido:titleWrap></lido:objectIdentificationWrap>
              <lido:eventWrap><lido:eventSet><lido:event>
                <lido:eventType><lido:term>production</lido:term></lido:eventType>
                <lido:eventActor><lido:actorInRole>
                  <lido:actor>
                    <lido:actorID lido:type="purl">https://rkd.nl/explore/artists/68737</lido:actorID>
                    <lido:nameActorSet><lido:appellationValue lido:pref="preferred">Rubens, Pieter Pauwel</lido:appellationValue></lido:nameActorSet>
                  </lido:actor>
                  <lido:roleActor><lido:term>schilder</lido:term></lido:roleActor>
                  <lido:attributionQualifierActor>atelier van</lido:attributionQualifierActor>
                </lido:actorInRole></lido:eventActor>
              </lido:event></lido:eventSet></lido:eventWrap>
            </lido:descriptiveMetadata></lido:lido>
            """
        let raw = RawRecord(key: RecordKey(source: "example", recordID: "ex-1"), datestamp: nil, content: Array(lido.utf8), mediaType: "application/xml")
        guard case .record(let record) = normalizer.normalize(raw, harvestedAt: .oeuvreNow) else {
            Issue.record("quarantined")
            return
        }
        let agent = try #require(record.agents.first)
        #expect(record.agents.count == 1)
        #expect(agent.name == "Rubens, Peter Paul")
        #expect(agent.role == "schilder")
        #expect(agent.qualifier == .workshopOf)
        #expect(agent.authorityIDs.contains { $0.scheme == .rkd && $0.value == "68737" })
        #expect(agent.authorityIDs.contains { $0.scheme == .wikidata && $0.value == "Q5599" })
        #expect(agent.origin?.hasSuffix("lido:appellationValue[not(@lido:pref='alternate')][1]") == true)
    }
}
