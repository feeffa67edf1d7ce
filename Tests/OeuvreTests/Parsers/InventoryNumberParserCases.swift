import Foundation
import Model
import Normalize

/// One inventory number with the comparable form ``InventoryNumberParser`` must give for it.
struct InventoryCase: Sendable, CustomStringConvertible {
    let input: String
    let normalized: String

    init(_ input: String, _ normalized: String) {
        self.input = input
        self.normalized = normalized
    }

    var expected: InventoryNumber {
        InventoryNumber(written: input.trimmingCharacters(in: .whitespacesAndNewlines), normalized: normalized)
    }

    var description: String { "\"\(input)\"" }
}

/// The inventory-number table shared by the Swift Testing suite and the standalone harness.
enum InventoryNumberParserCases {
    static let all: [InventoryCase] = [
        InventoryCase("inv. 312", "312"),
        InventoryCase("Inv.-Nr. 962 B", "962B"),
        InventoryCase("Gal.-Nr. 962B", "962B"),
        InventoryCase("Gal. Nr. 962 B", "962B"),
        InventoryCase("IB 1234", "IB1234"),
        InventoryCase("0000.GRO0208.I", "0000.GRO0208.I"),
        InventoryCase("8360 (Inv. 1890)", "8360"),
        InventoryCase("(Inv. 1890)", "1890"),
        InventoryCase("Gemäldegalerie Inv. 962", "962"),
        InventoryCase("257-260", "257-260"),
        InventoryCase("257", "257"),
        InventoryCase("S-87", "S-87"),
        InventoryCase("1829-A", "1829-A"),
        InventoryCase("Inv. 388", "388"),
        InventoryCase("80.825.86", "80.825.86"),
        InventoryCase("acc. no. 80.825.86", "80.825.86"),
        InventoryCase("Inv. Nr. 5", "5"),
        InventoryCase("Inv.Nr. 1234/5", "1234/5"),
        InventoryCase("inventaris 1234", "1234"),
        InventoryCase("Inventarnummer: GG 454", "GG454"),
        InventoryCase("objectnummer: 257", "257"),
        InventoryCase("no. 1", "1"),
        InventoryCase("Nr. 12 a", "12A"),
        InventoryCase("n° 45", "45"),
        InventoryCase("SK-A-1189", "SK-A-1189"),
        InventoryCase("sk-a-1189", "SK-A-1189"),
        InventoryCase("  2012.GRO0087.I-BL ", "2012.GRO0087.I-BL"),
        InventoryCase("NRA 12", "NRA12"),
        InventoryCase("", ""),
    ]
}
