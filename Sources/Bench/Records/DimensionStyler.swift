import Foundation

/// Writes an object's height and width the way catalogues do: decimal commas or points, `x` or `×`, axis words
/// (`H. 205 cm; B. 267 cm`, `Höhe 120 cm, Breite 90 cm`), whole centimetres when rounded, or inches with fractions.
enum DimensionStyler {
    static func state(height: Double, width: Double, language: Language, rounded: Bool, inches: Bool, print: Bool, random: inout Xoshiro256) -> StatedDimensions {
        if inches {
            let h = height / 2.54
            let w = width / 2.54
            if random.chance(0.5) {
                let display = "\(fraction(h)) x \(fraction(w)) in."
                return StatedDimensions(height: (h * 8).rounded() / 8, width: (w * 8).rounded() / 8, unit: "in", display: display)
            }
            let hh = (h * 10).rounded() / 10
            let ww = (w * 10).rounded() / 10
            return StatedDimensions(height: hh, width: ww, unit: "in", display: "\(number(hh, comma: false)) x \(number(ww, comma: false)) in")
        }
        let h = rounded ? height.rounded() : height
        let w = rounded ? width.rounded() : width
        let comma = language != .en
        let a = number(h, comma: comma)
        let b = number(w, comma: comma)
        let times = random.chance(0.5) ? "×" : "x"
        var display: String
        switch (language, random.below(4)) {
        case (.nl, 0): display = "h \(a) cm x b \(b) cm"
        case (.nl, 1): display = "H. \(a) cm; B. \(b) cm"
        case (.de, 0): display = "Höhe \(a) cm, Breite \(b) cm"
        case (.de, 1): display = "H. \(a) cm; B. \(b) cm"
        case (.fr, 0): display = "hauteur \(a) cm, largeur \(b) cm"
        case (.en, 0): display = "height \(a) cm, width \(b) cm"
        default: display = "\(a) \(times) \(b) cm"
        }
        if print {
            let sheet = ["nl": "blad", "de": "Blatt", "fr": "feuille", "en": "sheet"][language.rawValue] ?? "sheet"
            display = "\(sheet) \(a) \(times) \(b) cm"
        }
        return StatedDimensions(height: h, width: w, unit: "cm", display: display)
    }

    /// `224,5` or `224.5`; whole numbers without decimals.
    static func number(_ value: Double, comma: Bool) -> String {
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 { return String(tenths / 10) }
        return "\(tenths / 10)\(comma ? "," : ".")\(tenths % 10)"
    }

    /// Inches with an eighth fraction: `35 3/8`.
    static func fraction(_ inches: Double) -> String {
        let eighths = Int((inches * 8).rounded())
        let whole = eighths / 8
        let rest = eighths % 8
        guard rest != 0 else { return "\(whole)" }
        let (numerator, denominator) = rest % 4 == 0 ? (rest / 4, 2) : rest % 2 == 0 ? (rest / 2, 4) : (rest, 8)
        return "\(whole) \(numerator)/\(denominator)"
    }
}
