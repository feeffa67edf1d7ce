import Foundation
import Model

/// Reads the free-text dates of museum catalogues (Dutch, German, French, English and Latin) into a span of years.
///
/// Rules, in the order they are applied:
/// * ISO dates and timestamps count by their year (`1618-05-03`, `1603-01-01T00:00:00` → 1618, 1603).
/// * Words that only say the date is inscribed are ignored: `dated`, `gedateerd`, `gedat.`, `datiert`, `anno`, `(dated)`.
/// * A question mark (`1618?`, `Rubens (?)`) marks doubt but does not change the years.
/// * **Circa** (`ca.`, `c.`, `circa`, `um`, `vers`, `omstreeks`, `around`, …) widens the span by ``circaWidening`` (5)
///   years on each side: `ca. 1615` → 1610…1620; a range with a leading circa is widened at both ends
///   (`c. 1615–20` → 1610…1625, `circa 1609/10` → 1604…1615); a circa before the second year only widens the end.
/// * **Before** (`vóór`, `before`, `vor`, `avant`, `ante`) keeps only the latest year, **after** (`na`, `after`, `nach`,
///   `après`, `post`) only the earliest: `before 1620` → nil…1620, `after 1630` → 1630…nil.
/// * Ranges: `1609-1610`, `1600 - 1610`, `1615/1620`, `1615 tot 1620`, `1615 bis 1620`; an abbreviated second year takes
///   the first year's leading digits (`1615–20` → 1620, `1609/10` → 1610). `1618-05` (year and month) counts as 1618.
/// * Decades: `1630s`, `1630er Jahre`, `années 1630` → 1630…1639; early → first four years (1620…1623), mid → 1624…1626,
///   late → last three years (1627…1629).
/// * Centuries, arabic or roman, in all five languages (`17th century`, `17de eeuw`, `17. Jh.`, `XVIIe siècle`,
///   `saec. XVII`) → 1600…1699; halves (`erste Hälfte`, `tweede helft`, `second half of the`) → 50 years; quarters →
///   25 years; early / mid / late → the first, middle or last third (1600…1633, 1633…1666, 1666…1699). Two centuries
///   (`15de-16de eeuw`) give 1400…1599.
///
/// Text without a recognizable year (`onbekend`, `undated`, `o.J.`, empty) gives no years and a warning: a year is never
/// guessed. Years read outside ``plausibleYears`` are kept but warned about.
public enum DateParser {
    /// Years added on each side of a date qualified as circa.
    public static let circaWidening = 5
    /// Years outside this range are kept but produce a warning: they are most often typing errors.
    public static let plausibleYears = 1000...2100

    /// Parses `text`; `span.display` is the trimmed input, `span.origin` is nil.
    public static func parse(_ text: String) -> ParsedDate {
        let display = TextFolding.trim(text)
        var s = TextFolding.fold(display)

        // ISO dates and timestamps: keep the year.
        s = Patterns.iso.replacing(in: s, with: "$1")
        // Doubt marks and "dated" words carry no date information.
        s = s.replacingOccurrences(of: "(?)", with: " ").replacingOccurrences(of: "?", with: " ")
        s = Patterns.datedInParentheses.replacing(in: s, with: " ")
        s = Patterns.dated.replacing(in: s, with: " ")
        s = TextFolding.collapseWhitespace(s)

        var bound = Bound.none
        var circa = false
        prefixes: while true {
            if let m = Patterns.before.firstMatch(in: s) {
                bound = .before
                s = String(s[m.range.upperBound...])
            } else if let m = Patterns.after.firstMatch(in: s) {
                bound = .after
                s = String(s[m.range.upperBound...])
            } else if let m = Patterns.circa.firstMatch(in: s) {
                circa = true
                s = String(s[m.range.upperBound...])
            } else if let m = Patterns.between.firstMatch(in: s) {
                s = String(s[m.range.upperBound...])
            } else {
                break prefixes
            }
        }
        if let m = Patterns.trailingCirca.firstMatch(in: s) {
            circa = true
            s = String(s[..<m.range.lowerBound])
        }
        if let m = Patterns.orLater.firstMatch(in: s) {
            bound = .after
            s = String(s[..<m.range.lowerBound])
        } else if let m = Patterns.orEarlier.firstMatch(in: s) {
            bound = .before
            s = String(s[..<m.range.lowerBound])
        }

        guard let core = century(in: s) ?? decade(in: s) ?? years(in: s) else {
            return ParsedDate(
                span: DateSpan(display: display),
                warning: "unrecognized date \"\(display)\": kept as display text only")
        }

        var warnings: [String] = []
        for year in core.rawYears where !plausibleYears.contains(year) {
            warnings.append(
                "year \(year) in date \"\(display)\" is outside \(plausibleYears.lowerBound)-\(plausibleYears.upperBound)")
        }
        var earliest = core.earliest
        var latest = core.latest
        if earliest > latest {
            warnings.append("date \"\(display)\" has its years reversed: swapped")
            swap(&earliest, &latest)
        }
        if circa {
            earliest -= circaWidening
            latest += circaWidening
        } else if core.circaEnd {
            latest += circaWidening
        }

        var span = DateSpan(display: display, earliest: earliest, latest: latest)
        switch bound {
        case .none:
            break
        case .before:
            span.earliest = nil
            span.latest = core.kind == .period ? earliest : latest
        case .after:
            span.latest = nil
            span.earliest = core.kind == .period ? latest : earliest
        }
        return ParsedDate(span: span, warning: warnings.isEmpty ? nil : warnings.joined(separator: "; "))
    }

    // MARK: - Pieces

    private enum Bound { case none, before, after }

    private struct Core {
        enum Kind { case years, period }
        var earliest: Int
        var latest: Int
        var kind: Kind
        /// The years as written, before any widening, for the plausibility check.
        var rawYears: [Int]
        /// True when a circa stood before the second year of a range only.
        var circaEnd = false
    }

    /// The patterns, compiled once. They run on folded text (lower case, no diacritics, `-` for every dash).
    private enum Patterns {
        static let iso = Pattern(#"(\d{4})-\d{2}-\d{2}(?:t[0-9:.,z+\-]*)?"#)
        static let datedInParentheses = Pattern(#"\((?:dated|gedateerd|gedat\.?|datiert|dat\.|date|signed and dated)\)"#)
        static let dated = Pattern(
            #"\b(?:signed and dated|gesigneerd en gedateerd|dated|gedateerd|gedat\.?|datiert|dat\.|date|anno|a°)(?=\s|\d|$)"#)
        static let before = Pattern(
            #"^(?:voor|before|vor|avant|ante|bef|prior to|uiterlijk|spatestens|au plus tard)\b\.?\s*"#)
        static let after = Pattern(
            #"^(?:na|after|nach|apres|post|aft|seit|sedert|depuis|since|fruhestens|au plus tot)\b\.?\s*"#)
        static let circa = Pattern(
            #"^(?:(?:circa|ca|cca|c|um|vers|omstreeks|omtrent|ongeveer|rond|around|about|approximately|approx|environ|gegen|etwa|zirka|ungefahr)\b\.?\s*|~\s*)"#)
        static let between = Pattern(#"^(?:between|tussen|zwischen|entre)\s+"#)
        static let trailingCirca = Pattern(#"\s(?:circa|ca|c)\.?$"#)
        static let orLater = Pattern(#"\s(?:or later|of later|oder spater|ou plus tard|or after|of daarna)$"#)
        static let orEarlier = Pattern(#"\s(?:or earlier|of eerder|oder fruher|ou plus tot|or before|of daarvoor)$"#)

        private static let ordinal = #"(?:st|nd|rd|th|de|ste|e|er|eme|\.)?"#
        private static let romanOrdinal = #"(?:e|eme|er|de|th)?\.?"#
        private static let centuryWord = #"(?:century|cent\.|c\.|eeuws?|jahrhunderts?|jhdts?\.?|jh\.?|siecles?|s\.)"#
        private static let romanCenturyWord = #"(?:century|eeuws?|jahrhunderts?|jh\.?|siecles?|s\.)"#
        private static let pairSeparator = #"\s*(?:-|/|tot|bis|to|und|en|and|et|or|of|oder|ou)\s*"#
        private static let pairModifier = #"(?:(?:early|late|mid|begin|eind|fruhes|spates|debut|fin)\s+(?:du\s+)?)?"#
        static let arabicPair = Pattern(
            #"(?:^|[^\d])(\d{1,2})"# + ordinal + pairSeparator + pairModifier + #"\d{1,2}\s*"# + ordinal + #"\s*-?\s*"#
                + centuryWord)
        static let romanPair = Pattern(
            #"(?:^|[^a-z])([ivx]{1,6})"# + romanOrdinal + pairSeparator + pairModifier + #"[ivx]{1,6}"# + romanOrdinal
                + #"\s*-?\s*"# + romanCenturyWord)
        static let arabic = Pattern(#"(?:^|[^\d])(\d{1,2})\s*"# + ordinal + #"\s*-?\s*"# + centuryWord)
        static let roman = Pattern(#"(?:^|[^a-z])([ivx]{1,6})"# + romanOrdinal + #"\s*-?\s*"# + romanCenturyWord)
        static let latin = Pattern(#"saec(?:ulum|uli|ulo|\.)?\s*([ivx]{1,6}|\d{1,2})\b"#)
        static let latinAfter = Pattern(#"\b([ivx]{1,6})\.?\s*saec"#)

        static let firstHalf = Pattern(#"(?:erste|eerste|first|1st|premiere|1re|1ere|1e|1ste|1\.)\s*(?:halfte|helft|half|moitie)"#)
        static let secondHalf = Pattern(
            #"(?:zweite|tweede|second|2nd|seconde|deuxieme|2eme|2e|2de|2\.)\s*(?:halfte|helft|half|moitie)"#)
        static let quarter = Pattern(
            #"(erstes|eerste|first|1st|premier|1er|1e|1\.|zweites|tweede|second|2nd|deuxieme|2e|2de|2\.|drittes|derde|third|3rd|troisieme|3e|3de|3\.|viertes|vierde|fourth|4th|last|laatste|letztes|dernier|4e|4de|4\.)\s*(?:viertel|kwart|quarter|quart)"#)
        static let early = Pattern(#"\b(?:early|vroeg|vroege|begin|anfang|fruhes|fruhe|fruhen|fruh|debut|beginning)\b"#)
        static let middle = Pattern(#"\b(?:mid|midden|mitte|milieu|middle)\b"#)
        static let late = Pattern(#"\b(?:late|laat|ende|spates|spate|spaten|spat|fin|end)\b"#)

        static let decadeSuffixed = Pattern(#"(?:^|[^\d])(\d{3})0\s*(?:'?s|-?er(?:\s*jahre)?)\b"#)
        static let decadePrefixed = Pattern(#"\b(?:annees|jaren|decennium|decade)\s+(\d{3})0\b"#)

        static let range = Pattern(
            #"(?:^|[^\d])(\d{3,4})(\s*(?:-|/|to|tot en met|tot|bis|until|till|and|en|und|et|a|au)\s*)((?:circa|ca|c|um|vers)\.?\s*)?(\d{1,4})(?:$|[^\d])"#)
        static let year = Pattern(#"(?:^|[^\d])(\d{3,4})(?:$|[^\d])"#)
    }

    /// A century written with arabic or roman numerals, or in Latin, with an optional half, quarter or third.
    private static func century(in s: String) -> Core? {
        var numbers: [Int] = []
        for m in Patterns.arabicPair.matches(in: s) { if let n = m[1].flatMap({ Int($0) }) { numbers.append(n) } }
        for m in Patterns.romanPair.matches(in: s) { if let n = m[1].flatMap(romanValue) { numbers.append(n) } }
        for m in Patterns.arabic.matches(in: s) { if let n = m[1].flatMap({ Int($0) }) { numbers.append(n) } }
        for m in Patterns.roman.matches(in: s) { if let n = m[1].flatMap(romanValue) { numbers.append(n) } }
        for m in Patterns.latin.matches(in: s) {
            if let token = m[1], let n = Int(token) ?? romanValue(token) { numbers.append(n) }
        }
        for m in Patterns.latinAfter.matches(in: s) { if let n = m[1].flatMap(romanValue) { numbers.append(n) } }
        numbers = numbers.filter { (1...21).contains($0) }
        guard let first = numbers.min(), let last = numbers.max() else { return nil }
        let start = (first - 1) * 100
        if first != last {
            let end = (last - 1) * 100 + 99
            return Core(earliest: start, latest: end, kind: .period, rawYears: [start, end])
        }
        var lo = start
        var hi = start + 99
        if Patterns.firstHalf.isFound(in: s) {
            hi = start + 49
        } else if Patterns.secondHalf.isFound(in: s) {
            lo = start + 50
        } else if let q = quarter(in: s) {
            lo = start + 25 * (q - 1)
            hi = lo + 24
        } else if Patterns.early.isFound(in: s) {
            hi = start + 33
        } else if Patterns.middle.isFound(in: s) {
            lo = start + 33
            hi = start + 66
        } else if Patterns.late.isFound(in: s) {
            lo = start + 66
        }
        return Core(earliest: lo, latest: hi, kind: .period, rawYears: [lo, hi])
    }

    private static func quarter(in s: String) -> Int? {
        guard let word = Patterns.quarter.firstMatch(in: s)?[1] else { return nil }
        switch word {
        case "erstes", "eerste", "first", "1st", "premier", "1er", "1e", "1.": return 1
        case "zweites", "tweede", "second", "2nd", "deuxieme", "2e", "2de", "2.": return 2
        case "drittes", "derde", "third", "3rd", "troisieme", "3e", "3de", "3.": return 3
        default: return 4
        }
    }

    /// A decade: `1630s`, `1630's`, `1630er Jahre`, `années 1630`, `jaren 1630`, with early / mid / late.
    private static func decade(in s: String) -> Core? {
        let digits = Patterns.decadeSuffixed.firstMatch(in: s)?[1] ?? Patterns.decadePrefixed.firstMatch(in: s)?[1]
        guard let digits, let tens = Int(digits) else { return nil }
        let start = tens * 10
        var lo = start
        var hi = start + 9
        if Patterns.early.isFound(in: s) {
            hi = start + 3
        } else if Patterns.middle.isFound(in: s) {
            lo = start + 4
            hi = start + 6
        } else if Patterns.late.isFound(in: s) {
            lo = start + 7
        }
        return Core(earliest: lo, latest: hi, kind: .period, rawYears: [lo, hi])
    }

    /// A single year or a range of years.
    private static func years(in s: String) -> Core? {
        if let m = Patterns.range.firstMatch(in: s), let firstText = m[1], let first = Int(firstText),
           let secondText = m[4]
        {
            var second: Int
            if secondText.count < firstText.count {
                second = Int(firstText.prefix(firstText.count - secondText.count) + secondText) ?? first
                if second < first {
                    if m[2] == "-", secondText.count == 2, let month = Int(secondText), (1...12).contains(month) {
                        // `1618-05`: a year and a month.
                        return Core(earliest: first, latest: first, kind: .years, rawYears: [first])
                    }
                    second += Int(pow(10, Double(secondText.count)))
                }
            } else {
                second = Int(secondText) ?? first
            }
            return Core(earliest: first, latest: second, kind: .years, rawYears: [first, second], circaEnd: m[3] != nil)
        }
        if let yearText = Patterns.year.firstMatch(in: s)?[1], let year = Int(yearText) {
            return Core(earliest: year, latest: year, kind: .years, rawYears: [year])
        }
        return nil
    }

    private static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        var total = 0
        var previous = 0
        for ch in text.reversed() {
            guard let v = values[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return total > 0 ? total : nil
    }
}
