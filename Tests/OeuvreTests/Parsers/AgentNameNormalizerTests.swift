import Foundation
import Testing
@testable import Normalize
import Model

extension AgentNameCase: CustomTestStringConvertible {
    var testDescription: String { description }
}

@Suite("AgentNameNormalizer and AuthorityTable")
struct AgentNameNormalizerTests {
    let table: AuthorityTable

    init() throws {
        table = try AgentNameNormalizerCases.loadTable()
    }

    @Test("normalizes name variants against Mappings/vocab/authorities.csv", arguments: AgentNameNormalizerCases.all)
    func normalizes(_ testCase: AgentNameCase) {
        let result = AgentNameNormalizer.normalize(testCase.input, table: table)
        #expect(result.preferredName == testCase.preferredName)
        if testCase.found {
            #expect(result.identifiers.first(where: { $0.scheme == .wikidata })?.value == testCase.wikidata)
        } else {
            #expect(result.identifiers.isEmpty)
        }
    }

    @Test("the table is large enough")
    func tableSize() {
        #expect(AgentNameNormalizerCases.all.count >= 40)
    }

    @Test("Rubens has his ULAN, RKD and Wikidata identifiers")
    func rubensIdentifiers() throws {
        let entry = try #require(table.lookup("Rubens, Peter Paul"))
        #expect(entry.identifiers == [
            Identifier(scheme: .ulan, value: "500002921"),
            Identifier(scheme: .rkd, value: "68737"),
            Identifier(scheme: .wikidata, value: "Q5599"),
        ])
    }

    @Test("no name in the bundled table is ambiguous")
    func noAmbiguousKeys() {
        #expect(table.ambiguousKeys.isEmpty)
        #expect(table.entries.count >= 27)
    }

    @Test("every entry is found by its own preferred name and variants")
    func entriesFindThemselves() {
        for entry in table.entries {
            for name in [entry.preferredName] + entry.variants {
                #expect(table.lookup(name)?.preferredName == entry.preferredName, "\(name)")
            }
        }
    }

    @Test("reads quoted CSV and identifier URIs")
    func csvParsing() throws {
        let csv = """
            preferred_name,variants,ulan,rkd,wikidata,gnd\r
            "Rubens, Peter Paul","P.P. Rubens|Rubens, Pieter Pauwel",,https://rkd.nl/explore/artists/68737,http://www.wikidata.org/wiki/Q5599,\r
            """
        let table = try AuthorityTable(csv: csv)
        #expect(table.entries == [
            AuthorityEntry(
                preferredName: "Rubens, Peter Paul",
                identifiers: [Identifier(scheme: .rkd, value: "68737"), Identifier(scheme: .wikidata, value: "Q5599")],
                variants: ["P.P. Rubens", "Rubens, Pieter Pauwel"]),
        ])
    }

    @Test("rejects a CSV without preferred_name, with an open quote or an empty name")
    func csvErrors() {
        #expect(throws: AuthorityTable.Failure.missingColumn("preferred_name")) {
            try AuthorityTable(csv: "name,variants\nRubens,\n")
        }
        #expect(throws: AuthorityTable.Failure.unterminatedQuote(line: 2)) {
            try AuthorityTable(csv: "preferred_name,variants\n\"Rubens, Peter Paul,\n")
        }
        #expect(throws: AuthorityTable.Failure.emptyPreferredName(line: 3)) {
            try AuthorityTable(csv: "preferred_name,variants\nRubens,\n,P.P. Rubens\n")
        }
    }

    @Test("cleans names it does not know")
    func cleaning() {
        #expect(AgentNameNormalizer.clean("  Navez,   François-Joseph (1787-1869) ") == "Navez, François-Joseph")
        #expect(AgentNameNormalizer.key("Rubens, Pieter Pauwel (1577-1640)") == "peter paul rubens")
        #expect(AgentNameNormalizer.key("Jan Brueghel d. Ä.") == "jan brueghel i")
    }
}
