import Testing
@testable import Normalize
import Model

extension DateCase: CustomTestStringConvertible {
    var testDescription: String { description }
}

@Suite("DateParser")
struct DateParserTests {
    @Test("reads catalogue dates in five languages", arguments: DateParserCases.all)
    func parses(_ testCase: DateCase) {
        #expect(DateParser.parse(testCase.input) == testCase.expected)
    }

    @Test("the table is large enough")
    func tableSize() {
        #expect(DateParserCases.all.count >= 40)
    }

    @Test("an unreadable date never gets a year", arguments: ["onbekend", "undated", "", "o.J.", "s.d.", "n.d."])
    func neverInventsYears(_ text: String) {
        let parsed = DateParser.parse(text)
        #expect(parsed.span.earliest == nil)
        #expect(parsed.span.latest == nil)
        #expect(parsed.warning != nil)
        #expect(parsed.span.origin == nil)
    }
}
