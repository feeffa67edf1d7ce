import Testing
@testable import Normalize
import Model

extension InventoryCase: CustomTestStringConvertible {
    var testDescription: String { description }
}

@Suite("InventoryNumberParser")
struct InventoryNumberParserTests {
    @Test("normalizes inventory numbers", arguments: InventoryNumberParserCases.all)
    func parses(_ testCase: InventoryCase) {
        #expect(InventoryNumberParser.parse(testCase.input) == testCase.expected)
    }

    @Test("the table is large enough")
    func tableSize() {
        #expect(InventoryNumberParserCases.all.count >= 20)
    }

    @Test("written and normalized forms of the same number compare equal")
    func sameNumberSameKey() {
        let forms = ["Gal.-Nr. 962 B", "Gal. Nr. 962B", "Inv.-Nr. 962 B", "962 b"]
        #expect(Set(forms.map { InventoryNumberParser.parse($0).normalized }) == ["962B"])
    }
}
