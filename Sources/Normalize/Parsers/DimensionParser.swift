import Foundation
import Model

/// Reads the dimension statements of museum catalogues into ``Dimensions`` in centimetres.
///
/// * Numbers separated by `x`, `×`, `*` or `by` are height × width (× depth): `205 x 267 cm`, `29,7 × 20,5 × 1,5 cm`.
/// * Decimal commas are read (`205,5`), as are inch fractions (`9 5/8 in.`).
/// * Axis labels in Dutch, German, French and English put a number on its axis: `H. 205 cm; B. 267 cm`,
///   `Höhe 120 cm, Breite 90 cm`, `hoogte: 120 cm`, `h 2,05 m x b 2,67 m`. `Ø` / `diam.` give a diameter, stored as
///   both height and width.
/// * Units: `cm`, `mm`, `m`, `in`/`inch`/`"`; everything is converted to centimetres (`unit` is always `cm`).
///   Millimetres and metres are rounded to 0.01 cm, inches (×2.54) to 0.1 cm. When an inch statement gives the metric
///   value in parentheses (`9 5/8 x 6 1/16 in. (24.5 x 15.4 cm)`) the metric value is used.
/// * The measured part comes from words in the four languages (`met lijst`/`with frame`/`Rahmen`/`cadre` → frame,
///   `dagmaat`/`sight`/`Lichtmaß` → sight, `plaat`/`plate`/`Platte` → plate, `blad`/`sheet`/`Blatt` → sheet,
///   `drager`/`support`/`Bildträger` → support, `Bildmaß`/`image`/`voorstelling` → image, `geheel`/`overall` → object);
///   `zonder lijst`/`without frame` → support.
/// * Statements separated by `;`, a new line, or a comma followed by a word are read one by one, as is a parenthetical
///   with its own numbers (`205 x 267 cm (met lijst: 230 x 290 cm)`); single-axis statements about the same part are
///   joined (`H. 205 cm; B. 267 cm` is one ``Dimensions``).
///
/// A single number without an axis (`53.7 cm`) is not stored, and gives a warning: it is not known which extent it is.
/// A statement without a unit is taken to be in centimetres, with a warning.
public enum DimensionParser {
    /// Parses `text`. Each ``Dimensions`` has `display` set to the statement it was read from.
    public static func parse(_ text: String) -> ParsedDimensions {
        let display = TextFolding.trim(text)
        guard !display.isEmpty else {
            return ParsedDimensions(dimensions: [], warning: "empty dimensions")
        }
        var warnings: [String] = []
        var results: [Partial] = []
        let segments = split(display)
        var parsed = segments.map { parseSegment(String(display[$0])) }

        // A statement without unit borrows the unit of the nearest statement that has one.
        for i in parsed.indices where parsed[i].unit == nil && !parsed[i].measures.isEmpty {
            let after = parsed[(i + 1)...].first(where: { $0.unit != nil })?.unit
            let before = parsed[..<i].last(where: { $0.unit != nil })?.unit
            parsed[i].unit = after ?? before
        }

        for (index, segment) in parsed.enumerated() {
            let segmentText = String(display[segments[index]])
            if segment.measures.isEmpty { continue }
            var unit = segment.unit
            if unit == nil {
                warnings.append("no unit in \"\(segmentText)\": assumed cm")
                unit = .centimetre
            }
            let resolvedUnit = unit ?? .centimetre
            let labelled = segment.measures.filter { $0.axis != nil }
            let unlabelled = segment.measures.filter { $0.axis == nil }
            if labelled.isEmpty && unlabelled.count == 1 {
                warnings.append("dimension without axis \"\(segmentText)\": not stored")
                continue
            }
            var free: [DimensionAxis] = [.height, .width, .depth].filter { axis in
                !labelled.contains(where: { $0.axis == axis || ($0.axis == .diameter && axis != .depth) })
            }
            if unlabelled.count > free.count {
                warnings.append("too many numbers in \"\(segmentText)\": not stored")
                continue
            }
            var partial = Partial(part: segment.part, range: segments[index])
            for measure in segment.measures {
                let axis: DimensionAxis
                if let given = measure.axis {
                    axis = given
                } else {
                    axis = free.removeFirst()
                }
                let value = (measure.unit ?? resolvedUnit).centimetres(measure.value)
                partial.set(axis, value)
            }
            if let last = results.last, last.canJoin(partial), segment.hasLabels {
                results[results.count - 1].join(partial)
            } else {
                results.append(partial)
            }
        }

        let dimensions = results.map { partial -> Dimensions in
            let shown = results.count == 1
                ? display
                : TextFolding.trim(String(display[partial.range]))
            return Dimensions(
                height: partial.height, width: partial.width, depth: partial.depth, unit: "cm",
                part: partial.part, display: shown)
        }
        if dimensions.isEmpty && warnings.isEmpty {
            warnings.append("unrecognized dimensions \"\(display)\": no measurement found")
        }
        return ParsedDimensions(dimensions: dimensions, warning: warnings.isEmpty ? nil : warnings.joined(separator: "; "))
    }

    /// One structured measurement, as LIDO `measurementsSet` (`measurementType`, `measurementValue`, `measurementUnit`)
    /// or a Linked Art `Dimension` node (AAT type and unit) gives it.
    ///
    /// `type` is a word (`hoogte`, `height`, `Höhe`, `breedte`, `width`, `Breite`, `diepte`, `depth`, `Tiefe`,
    /// `diameter`) or an AAT id or URI (300055644 height, 300055647 width, 300072633 depth, 300055624 diameter).
    /// `unit` is a word (`Centimeters`, `cm`, `mm`, `m`, `inch`) or an AAT id or URI (300379098 centimetres,
    /// 300379097 millimetres, 300379099 metres, 300379100 inches). Returns nil for other types (weight) or units
    /// (pixels), and for values that are not numbers.
    public static func measurement(type: String, value: String, unit: String) -> (axis: DimensionAxis, centimetres: Double)? {
        let typeKey = vocabularyKey(type)
        let axis: DimensionAxis?
        switch typeKey {
        case "300055644": axis = .height
        case "300055647": axis = .width
        case "300072633": axis = .depth
        case "300055624": axis = .diameter
        default: axis = axisWords[typeKey]
        }
        let unitKey = vocabularyKey(unit)
        let lengthUnit: LengthUnit?
        switch unitKey {
        case "300379098": lengthUnit = .centimetre
        case "300379097": lengthUnit = .millimetre
        case "300379099": lengthUnit = .metre
        case "300379100": lengthUnit = .inch
        default: lengthUnit = unitWords[unitKey]
        }
        guard let axis, let lengthUnit, let number = number(TextFolding.trim(value)) else { return nil }
        return (axis, lengthUnit.centimetres(number))
    }

    /// The measured part named by a LIDO `extentMeasurements` or a part word (`Dagmaat` → sight,
    /// `Inclusief lijst` → frame, `geheel` → object); ``MeasuredPart/unknown`` when none is named.
    public static func part(for text: String) -> MeasuredPart {
        part(inFolded: TextFolding.fold(text)) ?? .unknown
    }

    // MARK: - Units and words

    enum LengthUnit: Sendable {
        case centimetre, millimetre, metre, inch, decimetre

        func centimetres(_ value: Double) -> Double {
            switch self {
            case .centimetre: return round(value, places: 2)
            case .millimetre: return round(value / 10, places: 2)
            case .decimetre: return round(value * 10, places: 2)
            case .metre: return round(value * 100, places: 2)
            case .inch: return round(value * 2.54, places: 1)
            }
        }

        private func round(_ value: Double, places: Int) -> Double {
            let factor = pow(10, Double(places))
            return (value * factor).rounded() / factor
        }
    }

    private static let unitWords: [String: LengthUnit] = [
        "cm": .centimetre, "centimeter": .centimetre, "centimeters": .centimetre, "centimetre": .centimetre,
        "centimetres": .centimetre, "zentimeter": .centimetre,
        "mm": .millimetre, "millimeter": .millimetre, "millimeters": .millimetre, "millimetre": .millimetre,
        "millimetres": .millimetre,
        "m": .metre, "meter": .metre, "meters": .metre, "metre": .metre, "metres": .metre,
        "dm": .decimetre,
        "in": .inch, "inch": .inch, "inches": .inch, "zoll": .inch, "pouce": .inch, "pouces": .inch, "\"": .inch,
    ]

    private static let axisWords: [String: DimensionAxis] = [
        "h": .height, "ht": .height, "hoogte": .height, "hoog": .height, "hohe": .height, "hoehe": .height,
        "height": .height, "high": .height, "hauteur": .height, "haut": .height, "alt": .height, "altezza": .height,
        "b": .width, "br": .width, "breedte": .width, "breed": .width, "breite": .width, "w": .width, "width": .width,
        "wide": .width, "l": .width, "larg": .width, "largeur": .width, "lengte": .width, "length": .width,
        "lange": .width, "laenge": .width, "breadth": .width, "larghezza": .width,
        "d": .depth, "diepte": .depth, "diep": .depth, "depth": .depth, "deep": .depth, "tiefe": .depth, "t": .depth,
        "dikte": .depth, "thickness": .depth, "profondeur": .depth, "prof": .depth, "ep": .depth,
        "epaisseur": .depth, "dicke": .depth, "starke": .depth, "profondita": .depth,
        "diam": .diameter, "diameter": .diameter, "durchmesser": .diameter, "diametre": .diameter,
    ]

    /// Part words: exact words first, then word prefixes (German and Dutch compounds such as `Rahmenmaß`, `plaatrand`).
    private static let partWords: [String: MeasuredPart] = [
        "dagmaat": .sight, "sight": .sight, "vue": .sight, "lichtmass": .sight, "lichtmaat": .sight,
        "lijst": .frame, "lijstmaat": .frame, "frame": .frame, "framed": .frame, "rahmen": .frame, "cadre": .frame,
        "encadre": .frame, "encadrement": .frame,
        "plaat": .plate, "plate": .plate, "platemark": .plate, "platte": .plate, "cuvette": .plate,
        "blad": .sheet, "sheet": .sheet, "blatt": .sheet, "feuille": .sheet,
        "drager": .support, "support": .support, "bildtrager": .support, "paneel": .support, "doek": .support,
        "bild": .image, "bildmass": .image, "image": .image, "beeld": .image, "voorstelling": .image,
        "darstellung": .image, "afbeelding": .image,
        "geheel": .object, "overall": .object, "object": .object, "gesamt": .object, "gesamtmass": .object,
        "totaal": .object, "ensemble": .object, "mount": .object,
    ]

    private static let partPrefixes: [(String, MeasuredPart)] = [
        ("bildtrag", .support), ("lichtma", .sight), ("dagma", .sight), ("lijst", .frame), ("rahmen", .frame),
        ("plaat", .plate), ("platten", .plate), ("plate", .plate), ("blatt", .sheet), ("bladma", .sheet),
        ("drager", .support), ("bildma", .image), ("bildfl", .image), ("beeldma", .image), ("gesamt", .object),
    ]

    private static let withoutFrame = [
        "zonder lijst", "exclusief lijst", "excl. lijst", "without frame", "unframed", "ohne rahmen", "sans cadre",
    ]

    private static func part(inFolded folded: String) -> MeasuredPart? {
        if withoutFrame.contains(where: { folded.contains($0) }) { return .support }
        let words = folded.split(whereSeparator: { !$0.isLetter }).map(String.init)
        for word in words {
            if let part = partWords[word] { return part }
            if let (_, part) = partPrefixes.first(where: { word.hasPrefix($0.0) }) { return part }
        }
        return nil
    }

    /// A vocabulary value reduced to its key: an AAT id from a URI or CURIE, else the folded word without dots.
    private static func vocabularyKey(_ text: String) -> String {
        let folded = TextFolding.fold(text)
        // An AAT id has nine digits: a word (`hoogte`, `cm`) is looked up as it is, without the expression.
        if folded.utf8.count >= 9, let id = Patterns.aatID.firstMatch(in: folded)?[1] { return id }
        let trimmable: (UInt8) -> Bool = { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: " ") }
        guard let first = folded.utf8.first, let last = folded.utf8.last, trimmable(first) || trimmable(last) else { return folded }
        return folded.trimmingCharacters(in: CharacterSet(charactersIn: ".: "))
    }

    private static func number(_ text: String) -> Double? {
        text.utf8.contains(UInt8(ascii: ",")) ? Double(text.replacingOccurrences(of: ",", with: ".")) : Double(text)
    }

    private enum Patterns {
        static let aatID = Pattern(#"(300\d{6})\s*$"#)
        static let separator = Pattern(#"\s*(?:;|\||\n|,\s+(?=\p{L}))\s*"#)
        static let parenthesisWithNumber = Pattern(#"\(([^()]*\d[^()]*)\)"#)
    }

    // MARK: - Statements

    private struct Measure {
        var axis: DimensionAxis?
        var value: Double
        var unit: LengthUnit?
    }

    private struct Segment {
        var measures: [Measure] = []
        var part: MeasuredPart = .unknown
        var unit: LengthUnit?
        var hasLabels: Bool { measures.contains(where: { $0.axis != nil }) }
    }

    private struct Partial {
        var part: MeasuredPart
        var range: Range<String.Index>
        var height: Double?
        var width: Double?
        var depth: Double?

        mutating func set(_ axis: DimensionAxis, _ value: Double) {
            switch axis {
            case .height: height = value
            case .width: width = value
            case .depth: depth = value
            case .diameter:
                height = value
                width = value
            }
        }

        func canJoin(_ other: Partial) -> Bool {
            part == other.part
                && !(height != nil && other.height != nil)
                && !(width != nil && other.width != nil)
                && !(depth != nil && other.depth != nil)
        }

        mutating func join(_ other: Partial) {
            height = height ?? other.height
            width = width ?? other.width
            depth = depth ?? other.depth
            range = range.lowerBound..<other.range.upperBound
        }
    }

    /// Splits at `;`, `|`, new lines, and at a comma followed by a space and a letter (not at decimal commas).
    /// A parenthetical with numbers becomes a statement of its own (`205 x 267 cm (met lijst: 230 x 290 cm)`),
    /// unless it only repeats an inch statement in metric units.
    private static func split(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        for m in Patterns.separator.matches(in: text) {
            if start < m.range.lowerBound { ranges.append(start..<m.range.lowerBound) }
            start = m.range.upperBound
        }
        if start < text.endIndex { ranges.append(start..<text.endIndex) }

        var result: [Range<String.Index>] = []
        for range in ranges {
            let segment = String(text[range])
            guard let found = Patterns.parenthesisWithNumber.firstMatch(in: segment), let innerText = found[1] else {
                result.append(range)
                continue
            }
            // The match's bounds, moved from `segment` to `text`.
            func inText(_ index: String.Index) -> String.Index {
                text.index(range.lowerBound, offsetBy: segment.distance(from: segment.startIndex, to: index))
            }
            let matched = inText(found.range.lowerBound)..<inText(found.range.upperBound)
            let inner = TextFolding.fold(innerText)
            let outer = TextFolding.fold(
                String(segment[..<found.range.lowerBound]) + " " + String(segment[found.range.upperBound...]))
            let repeatsInMetric = hasUnit(tokenize(inner), metric: true) && hasUnit(tokenize(outer), metric: false)
            let outerHasNumbers = tokenize(outer).contains { if case .number = $0 { return true } else { return false } }
            if repeatsInMetric || !outerHasNumbers {
                result.append(range)
                continue
            }
            let innerStart = text.index(after: matched.lowerBound)
            let innerEnd = text.index(before: matched.upperBound)
            if range.lowerBound < matched.lowerBound { result.append(range.lowerBound..<matched.lowerBound) }
            if innerStart < innerEnd { result.append(innerStart..<innerEnd) }
            if matched.upperBound < range.upperBound {
                let tail = matched.upperBound..<range.upperBound
                if !TextFolding.trim(String(text[tail])).isEmpty { result.append(tail) }
            }
        }
        return result
    }

    private enum Token {
        case number(Double)
        case word(String)
    }

    private static func parseSegment(_ original: String) -> Segment {
        var folded = TextFolding.fold(
            original.replacingOccurrences(of: "Ø", with: " diam ")
                .replacingOccurrences(of: "ø", with: " diam ")
                .replacingOccurrences(of: "⌀", with: " diam "))
        var segment = Segment()

        // Prefer the metric value an inch statement gives in parentheses.
        if let m = Patterns.parenthesisWithNumber.firstMatch(in: folded), let inner = m[1] {
            let outer = folded.replacingCharacters(in: m.range, with: " ")
            let innerTokens = tokenize(inner)
            let outerTokens = tokenize(outer)
            if hasUnit(innerTokens, metric: true), hasUnit(outerTokens, metric: false) {
                segment.part = part(inFolded: outer) ?? .unknown
                fill(&segment, from: innerTokens)
                return segment
            }
            folded = folded.replacingOccurrences(of: "(", with: " ").replacingOccurrences(of: ")", with: " ")
        }
        segment.part = part(inFolded: folded) ?? .unknown
        fill(&segment, from: tokenize(folded))
        return segment
    }

    private static func hasUnit(_ tokens: [Token], metric: Bool) -> Bool {
        var previousWasNumber = false
        for token in tokens {
            switch token {
            case .number:
                previousWasNumber = true
            case .word(let w):
                if previousWasNumber, let unit = unitWords[w] {
                    if metric ? unit != .inch : unit == .inch { return true }
                }
                previousWasNumber = false
            }
        }
        return false
    }

    private static func fill(_ segment: inout Segment, from tokens: [Token]) {
        // Labels given before the numbers (`h x b: 120 x 90 cm`) are used in order.
        var pendingAxes: [DimensionAxis] = []
        var previousWasNumber = false
        for token in tokens {
            switch token {
            case .number(let value):
                let axis = pendingAxes.isEmpty ? nil : pendingAxes.removeFirst()
                segment.measures.append(Measure(axis: axis, value: value, unit: nil))
                previousWasNumber = true
            case .word(let word):
                if previousWasNumber, let unit = unitWords[word], let last = segment.measures.indices.last {
                    segment.measures[last].unit = unit
                    segment.unit = unit
                } else if let axis = axisWords[word] {
                    pendingAxes.append(axis)
                }
                previousWasNumber = false
            }
        }
        // Numbers without their own unit take the next unit written after them, else the last one before them.
        var next: LengthUnit?
        for i in segment.measures.indices.reversed() {
            if let unit = segment.measures[i].unit { next = unit } else { segment.measures[i].unit = next }
        }
        var previous: LengthUnit?
        for i in segment.measures.indices {
            if let unit = segment.measures[i].unit { previous = unit } else { segment.measures[i].unit = previous }
        }
    }

    private static let vulgarFractions: [Character: Double] = [
        "½": 0.5, "¼": 0.25, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
        "⅓": 1.0 / 3.0, "⅔": 2.0 / 3.0,
    ]

    /// Numbers (`205`, `205,5`, `64.2`, `9 5/8`, `9⅝`) and words; `x`, `×`, `*` and `by` separate and are dropped.
    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isASCII && c.isNumber {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                if j + 1 < chars.count, chars[j] == "." || chars[j] == ",", chars[j + 1].isASCII, chars[j + 1].isNumber {
                    j += 1
                    while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                }
                var value = number(String(chars[i..<j])) ?? 0
                // A fraction: `9 5/8`, `9⅝` or `9 ½`.
                var k = j
                while k < chars.count, chars[k] == " " { k += 1 }
                if k < chars.count, let fraction = vulgarFractions[chars[k]] {
                    value += fraction
                    j = k + 1
                } else {
                    let isWhole = !chars[i..<j].contains(where: { $0 == "." || $0 == "," })
                    if isWhole, let (fraction, end) = fraction(chars, from: k) {
                        value += fraction
                        j = end
                    }
                }
                tokens.append(.number(value))
                i = j
            } else if let fraction = vulgarFractions[c] {
                tokens.append(.number(fraction))
                i += 1
            } else if c == "\"" || c == "″" {
                tokens.append(.word("\""))
                i += 1
            } else if c.isLetter {
                var j = i
                while j < chars.count, chars[j].isLetter { j += 1 }
                let word = String(chars[i..<j])
                if word != "x" && word != "by" { tokens.append(.word(word)) }
                i = j
            } else {
                i += 1
            }
        }
        return tokens
    }

    /// A fraction `5/8` starting at `start`, with the index after it.
    private static func fraction(_ chars: [Character], from start: Int) -> (Double, Int)? {
        var j = start
        while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
        guard j > start, j < chars.count, chars[j] == "/" else { return nil }
        let numerator = Double(String(chars[start..<j]))
        var k = j + 1
        while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
        guard k > j + 1, let numerator, let denominator = Double(String(chars[(j + 1)..<k])), denominator > 0 else {
            return nil
        }
        return (numerator / denominator, k)
    }
}
