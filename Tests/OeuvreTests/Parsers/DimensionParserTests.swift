import Testing
@testable import Normalize
import Model

extension DimensionCase: CustomTestStringConvertible {
    var testDescription: String { description }
}

extension DimensionParserCases.MeasurementCase: CustomTestStringConvertible {
    var testDescription: String { description }
}

@Suite("DimensionParser")
struct DimensionParserTests {
    @Test("reads dimension statements in four languages", arguments: DimensionParserCases.all)
    func parses(_ testCase: DimensionCase) {
        #expect(DimensionParser.parse(testCase.input) == testCase.expected)
    }

    @Test("the table is large enough")
    func tableSize() {
        #expect(DimensionParserCases.all.count >= 40)
    }

    @Test("reads LIDO and Linked Art measurements", arguments: DimensionParserCases.measurements)
    func measurement(_ testCase: DimensionParserCases.MeasurementCase) {
        let result = DimensionParser.measurement(type: testCase.type, value: testCase.value, unit: testCase.unit)
        #expect(result?.axis == testCase.axis)
        #expect(result?.centimetres == testCase.centimetres)
    }

    @Test("names the measured part of a LIDO extent")
    func extents() {
        for (text, part) in DimensionParserCases.extents {
            #expect(DimensionParser.part(for: text) == part, "\(text)")
        }
    }

    @Test("every result is in centimetres")
    func unitsAreCentimetres() {
        for testCase in DimensionParserCases.all {
            for dimensions in DimensionParser.parse(testCase.input).dimensions {
                #expect(dimensions.unit == "cm")
            }
        }
    }
}
