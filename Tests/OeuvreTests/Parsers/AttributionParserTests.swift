import Testing
@testable import Normalize
import Model

extension AttributionCase: CustomTestStringConvertible {
    var testDescription: String { description }
}

@Suite("AttributionParser")
struct AttributionParserTests {
    @Test("reads attributions in Dutch, German, French, English and Latin", arguments: AttributionParserCases.all)
    func parses(_ testCase: AttributionCase) {
        #expect(AttributionParser.parse(testCase.input) == testCase.credits)
    }

    @Test("the table is large enough")
    func tableSize() {
        #expect(AttributionParserCases.all.count >= 40)
    }

    @Test("maps structured qualifier terms")
    func vocabulary() {
        for (term, qualifier) in AttributionParserCases.vocabulary {
            #expect(QualifierVocabulary.qualifier(for: term) == qualifier, "\(term)")
        }
    }

    @Test("every qualifier's raw value is a term of its own", arguments: AttributionQualifier.allCases)
    func rawValues(_ qualifier: AttributionQualifier) {
        #expect(QualifierVocabulary.qualifier(for: qualifier.rawValue) == qualifier)
    }

    @Test("credits carry no authority identifiers")
    func noIdentifiers() {
        for testCase in AttributionParserCases.all {
            for credit in AttributionParser.parse(testCase.input) {
                #expect(credit.authorityIDs.isEmpty)
                #expect(credit.origin == nil)
            }
        }
    }
}
