import Foundation
@testable import Normalize
import Testing

/// Values read by a mapping are trimmed and their white space collapsed, byte by byte.
@Suite("Cleaning mapped values")
struct MappingValueCleanTests {
    /// The rule, by Unicode scalars: ASCII space, tab, line feed and carriage return, and every Unicode white space.
    static func reference(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 ? (scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r") : scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test(arguments: [
        "Peter Paul Rubens", "  De\n    Kruisafneming\r\n  ", "205\u{00A0}×\u{2009}267 cm", "tab\there", "«Paradis»  ½",
        "\u{3000}Ideographic\u{3000}", "Straße  Œuvre 😀 漢字", "\u{0085}next line", "em\u{2003}space\u{202F}narrow", "", "   ",
        "a\u{0B}b", "keep\u{1680}ogham", "x \u{301}y", "ends with é ",
    ])
    func cleaningAgreesWithTheScalarRule(_ text: String) {
        #expect(MappingValue.clean(text) == Self.reference(text), "\(text.debugDescription)")
    }

    @Test(arguments: [("1616", 1616), (" 1609-05-01 ", 1609), ("-0050", -50), ("+1620", 1620), ("c. 1620", nil), ("", nil), ("--12", -12), ("1620\n", 1620)] as [(String, Int?)])
    func structuredYearsAreReadFromTheStart(_ text: String, _ year: Int?) {
        #expect(RecordBuilder.year(text) == year)
    }

    @Test func constantsAreQuoted() {
        #expect(MappingValue.isConstant("'nl'"))
        #expect(!MappingValue.isConstant("'"))
        #expect(!MappingValue.isConstant("lido:term"))
        #expect(MappingValue.constant("'nl'") == "nl")
    }
}
