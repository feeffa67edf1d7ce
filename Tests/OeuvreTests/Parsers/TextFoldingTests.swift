import Foundation
@testable import Model
import Testing

@Suite("Text folding")
struct TextFoldingTests {
    @Test(arguments: [
        "Peter Paul Rubens", "  RUBENS,\tPeter\r\nPaul  ", "Inv.-Nr. 962 B", "a\u{0B}b\u{0C}c", "`t Hooft", "", "   ", "\n", "A\u{01}B",
        "De Kruisafneming (1612-1614)", "Ecce Homo!", "oil on panel; 205 x 267 cm", "X\t\t\tY", "tab-\tend\t",
    ])
    func asciiTextFoldsAsTheUnicodeTablesFoldIt(_ text: String) {
        #expect(TextFolding.foldByTable(text) == TextFolding.foldUnicode(text))
    }

    @Test(arguments: [
        "Die Anbetung der Könige", "VÓÓR 1620 – ‘t Hooft’s", "Straße\u{00A0}\u{2009}Œuvre", "L’Adoration des Mages",
        "Kruisafneming\u{202F}(ca. 1612–1614)", "Ærø ﬁ ǅ İstanbul ĳzer", "hôtel  de\tville\u{2028}x", "Łódź đ ð þ",
        "Jan Brueghel I … «Paradis» „Kopie“", "−5 °C ± 2 µm ½ ²", "ʼt Ɛ ǲ ˈaccent ˜",
    ])
    func latinTextFoldsByTheTableAsByTheUnicodeTables(_ text: String) {
        // Text with a character the table leaves out (ﬁ, U+2028) goes to the Unicode path whole.
        #expect(TextFolding.fold(text) == TextFolding.foldUnicode(text))
        if !text.contains("ﬁ") && !text.contains("\u{2028}") { #expect(TextFolding.foldByTable(text) != nil) }
    }

    /// Every scalar the table covers, alone, between letters and beside spaces.
    @Test func everyScalarInTheTableFoldsAsTheUnicodeTablesFoldIt() {
        var checked = 0
        for range in FoldingTable.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                for text in ["\(scalar)", "A\(scalar)b", " \(scalar) x\(scalar)\(scalar)Y "] {
                    guard let byTable = TextFolding.foldByTable(text) else { continue }
                    checked += 1
                    #expect(byTable == TextFolding.foldUnicode(text), "U+\(String(value, radix: 16, uppercase: true))")
                }
            }
        }
        #expect(checked > 2_000)
    }

    @Test(arguments: [
        "Peter Paul Rubens", " lead", "trail ", "two  spaces", "tab\there", "line\nbreak", "cr\r\nlf", "no\u{00A0}break",
        "thin\u{2009}space", "ideographic\u{3000}space", "", " ", "é è", "a \u{301}b", "x\u{1F}y", "ok.", "Inv.-Nr. 962 B",
    ])
    func collapsingAndTrimmingTakeTheShortCutOnlyWhenNothingChanges(_ text: String) {
        #expect(TextFolding.collapseWhitespace(text) == text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " "))
        #expect(TextFolding.trim(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func foldingRemovesDiacriticsCaseAndSpacing() {
        #expect(TextFolding.fold("  Anbetung der  Könige ") == "anbetung der konige")
        #expect(TextFolding.fold("VÓÓR 1620") == "voor 1620")
        #expect(TextFolding.fold("Straße\u{00A0}–\u{2019}s") == "strasse -'s")
        #expect(TextFolding.foldByTable("Könige") == "konige")
        #expect(TextFolding.foldByTable("Кони") == nil)
    }

    @Test func tokensAreTheFoldedLettersAndDigitsInAnyScript() {
        #expect(IconographyTable.tokens("Kopie naar P.P. Rubens (inv. 312-B)") == ["kopie", "naar", "p", "p", "rubens", "inv", "312", "b"])
        #expect(IconographyTable.tokens("Die Anbetung der Könige, um 1620") == ["die", "anbetung", "der", "konige", "um", "1620"])
        #expect(IconographyTable.tokens("Вакх и Ариадна") == ["вакх", "и", "ариадна"])
        #expect(IconographyTable.tokens(" -- ") == [])
    }
}
