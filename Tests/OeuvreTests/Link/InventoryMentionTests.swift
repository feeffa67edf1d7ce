import Foundation
@testable import Link
import Testing

/// Inventory numbers in free text: the quick check may only rule out text in which the expression finds nothing.
@Suite("Inventory numbers mentioned in descriptions")
struct InventoryMentionTests {
    @Test(arguments: [
        "Kopie nach dem Gemälde in Dresden (Gal.-Nr. 962 B)", "Zie ook inv. 312 en inv.nr. 257-260", "Inventarisnummer: IB 1234",
        "cat. no. 45a", "CAT.NO.12", "Gal. Nr.\u{00A0}962B", "inv.\n\n  nr.\t 12", "Galerie Inv. 1890", "inventar-nr. 7",
        "Christus verschijnt boven een monsterachtige wereld; catalogus 1905", "De Galilese zee, 1620", "invalid 5",
        "Gallery 12", "Catharina 1612", "vgl. inventory number 5", "Het inventaris van 1640", "Kat. 23", "inv.", "gal", "",
        "galerij abcdefghijklmn 5", "invabcdefghijkl5", "inv abcdefghijkl 5", "cat–no 5", "invé 5", "Inventar-Nr. GG 429",
    ])
    func theQuickCheckNeverHidesAMention(_ text: String) {
        let expected = FeatureExtractor.inventoryMentionsByExpression(text)
        #expect(FeatureExtractor.inventoryMentions(text) == expected, "\(text)")
        if !expected.isEmpty { #expect(FeatureExtractor.mayMentionInventory(text)) }
    }

    @Test(arguments: ["GG_429", "gg-429", "0000.GRO0208.I", "Inv. 962 b", "", "--", "IB 1234/a", "Nº 12", "Bosch-Ü 5"])
    func inventoryKeysKeepLettersAndDigitsUpperCased(_ normalized: String) {
        let byScalars = String(String.UnicodeScalarView(normalized.uppercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
        #expect(FeatureExtractor.inventoryKey(normalized) == byScalars)
    }

    @Test func mostDescriptionsAreRuledOutWithoutTheExpression() {
        #expect(!FeatureExtractor.mayMentionInventory("Christus verschijnt boven een monsterachtige wereld, zoals in de catalogus"))
        #expect(!FeatureExtractor.mayMentionInventory("De Galilese zee en de Catharinakerk"))
        #expect(FeatureExtractor.inventoryMentions("Kopie nach dem Gemälde in Dresden (Gal.-Nr. 962 B)") == ["inv:962B"])
    }

    /// Titles rarely repeat: the memo of title analyses must not grow with the run.
    @Test func theExtractionMemoStaysBounded() {
        let memo = ExtractionMemo(capacity: 3)
        var computed = 0
        for title in ["a", "b", "c", "d", "a"] { _ = memo.folded(title + "x"); _ = memo.isReproductiveRole(title) { _ in computed += 1; return false } }
        // "a" was computed, dropped when the table filled at "d", and computed again.
        #expect(computed == 5)
        _ = memo.isReproductiveRole("d") { _ in computed += 1; return false }
        #expect(computed == 5)
    }
}
