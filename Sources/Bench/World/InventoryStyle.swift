import Foundation

/// How an institution numbers its objects, and the other ways aggregators write the same number
/// (`Gal.-Nr. 962 B` / `962B` / `962 B`; `312` / `inv. 312` / `KMSKA 312`).
enum InventoryStyle: Sendable {
    /// A plain number; `prefixes` are written before it by other catalogues (`inv. `, `KMSKA `).
    case plain(prefixes: [String])
    /// Dresden's gallery numbers: `Gal.-Nr. 962` with an occasional letter (`962 B`).
    case galleryNumber
    /// A fixed prefix and a number (`NG6393`, `P 123`, `GG 526`, `SK-A-1234`, `INV 1762`); `width` pads with zeros.
    case prefixed(String, separator: String, width: Int, variants: [String])
    /// Ghent's accession numbers: a year and letters (`1914-DG`).
    case yearLetters

    /// The number as the holding museum writes it, for running number `n` (and `suffix` for letters after it).
    func canonical(_ n: Int, suffix: String) -> String {
        switch self {
        case .plain: "\(n)\(suffix)"
        case .galleryNumber: suffix.isEmpty ? "Gal.-Nr. \(n)" : "Gal.-Nr. \(n) \(suffix)"
        case .prefixed(let prefix, let separator, let width, _): prefix + separator + Self.padded(n, width) + suffix
        case .yearLetters: "\(1880 + n % 130)-\(Self.letters(n / 130))"
        }
    }

    /// Another catalogue's way of writing the same number (may be the canonical form).
    func variant(_ n: Int, suffix: String, random: inout Xoshiro256) -> String {
        switch self {
        case .plain(let prefixes):
            return random.pick(prefixes) + "\(n)\(suffix)"
        case .galleryNumber:
            let compact = "\(n)\(suffix)"
            let spaced = suffix.isEmpty ? "\(n)" : "\(n) \(suffix)"
            return random.pick([compact, spaced, "Gal.-Nr. \(compact)", "Gal.-Nr. \(spaced)", "Inv.-Nr. \(spaced)", "Gal. Nr. \(spaced)"])
        case .prefixed(let prefix, let separator, let width, let variants):
            let number = Self.padded(n, width) + suffix
            let form = random.pick(variants)
            return form.replacingOccurrences(of: "{p}", with: prefix).replacingOccurrences(of: "{s}", with: separator)
                .replacingOccurrences(of: "{n}", with: number).replacingOccurrences(of: "{u}", with: "\(n)\(suffix)")
        case .yearLetters:
            return canonical(n, suffix: suffix)
        }
    }

    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Bijective base-26 letters: 0 → A, 25 → Z, 26 → AA.
    static func letters(_ n: Int) -> String {
        var n = n + 1
        var out: [Character] = []
        while n > 0 {
            n -= 1
            out.append(Character(Unicode.Scalar(UInt8(65 + n % 26))))
            n /= 26
        }
        return String(out.reversed())
    }
}
