@testable import Model
import Testing

@Suite("Text folding")
struct TextFoldingTests {
    @Test(arguments: [
        "Peter Paul Rubens", "  RUBENS,\tPeter\r\nPaul  ", "Inv.-Nr. 962 B", "a\u{0B}b\u{0C}c", "`t Hooft", "", "   ", "\n", "A\u{01}B",
        "De Kruisafneming (1612-1614)", "Ecce Homo!", "oil on panel; 205 x 267 cm", "X\t\t\tY", "tab-\tend\t",
    ])
    func asciiTextFoldsAsTheUnicodeTablesFoldIt(_ text: String) {
        #expect(TextFolding.foldASCII(text) == TextFolding.foldUnicode(text))
    }

    @Test func foldingRemovesDiacriticsCaseAndSpacing() {
        #expect(TextFolding.fold("  Anbetung der  Könige ") == "anbetung der konige")
        #expect(TextFolding.fold("VÓÓR 1620") == "voor 1620")
        #expect(TextFolding.fold("Straße\u{00A0}–\u{2019}s") == "strasse -'s")
        #expect(TextFolding.foldASCII("Könige") == nil)
    }

    @Test func tokensAreTheFoldedLettersAndDigitsInAnyScript() {
        #expect(IconographyTable.tokens("Kopie naar P.P. Rubens (inv. 312-B)") == ["kopie", "naar", "p", "p", "rubens", "inv", "312", "b"])
        #expect(IconographyTable.tokens("Die Anbetung der Könige, um 1620") == ["die", "anbetung", "der", "konige", "um", "1620"])
        #expect(IconographyTable.tokens("Вакх и Ариадна") == ["вакх", "и", "ариадна"])
        #expect(IconographyTable.tokens(" -- ") == [])
    }
}
