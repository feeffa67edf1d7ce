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
        s = s.replacing(/(\d{4})-\d{2}-\d{2}(?:t[0-9:.,z+\-]*)?/) { String($0.output.1) }
        // Doubt marks and "dated" words carry no date information.
        s = s.replacing("(?)", with: " ").replacing("?", with: " ")
        s = s.replacing(/\((?:dated|gedateerd|gedat\.?|datiert|dat\.|date|signed and dated)\)/, with: " ")
        s = s.replacing(
            /\b(?:signed and dated|gesigneerd en gedateerd|dated|gedateerd|gedat\.?|datiert|dat\.|date|anno|a°)(?=\s|\d|$)/,
            with: " ")
        s = TextFolding.collapseWhitespace(s)

        var bound = Bound.none
        var circa = false
        prefixes: while true {
            if let m = s.prefixMatch(of: beforePrefix) {
                bound = .before
                s = String(s[m.range.upperBound...])
            } else if let m = s.prefixMatch(of: afterPrefix) {
                bound = .after
                s = String(s[m.range.upperBound...])
            } else if let m = s.prefixMatch(of: circaPrefix) {
                circa = true
                s = String(s[m.range.upperBound...])
            } else if let m = s.prefixMatch(of: /(?:between|tussen|zwischen|entre)\s+/) {
                s = String(s[m.range.upperBound...])
            } else {
                break prefixes
            }
        }
        if let m = s.firstMatch(of: /\s(?:circa|ca|c)\.?$/) {
            circa = true
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

    private static var beforePrefix: Regex<Substring> {
        /(?:voor|before|vor|avant|ante|bef|prior to|uiterlijk|spatestens|au plus tard)\b\.?\s*/
    }
    private static var afterPrefix: Regex<Substring> {
        /(?:na|after|nach|apres|post|aft|seit|sedert|depuis|since|fruhestens|au plus tot)\b\.?\s*/
    }
    private static var circaPrefix: Regex<Substring> {
        /(?:circa|ca|cca|c|um|vers|omstreeks|omtrent|ongeveer|rond|around|about|approximately|approx|environ|gegen|etwa|zirka|ungefahr)\b\.?\s*|~\s*/
    }

    /// A century written with arabic or roman numerals, or in Latin, with an optional half, quarter or third.
    private static func century(in s: String) -> Core? {
        var numbers: [Int] = []
        let arabic = /(?:^|[^\d])(\d{1,2})\s*(?:st|nd|rd|th|de|ste|e|er|eme|\.)?\s*-?\s*(?:century|cent\.|c\.|eeuws?|jahrhunderts?|jhdts?\.?|jh\.?|siecles?|s\.)/
        let roman = /(?:^|[^a-z])([ivx]{1,6})(?:e|eme|er|de|th)?\.?\s*-?\s*(?:century|eeuws?|jahrhunderts?|jh\.?|siecles?|s\.)/
        let latin = /saec(?:ulum|uli|ulo|\.)?\s*([ivx]{1,6}|\d{1,2})\b/
        let latinAfter = /\b([ivx]{1,6})\.?\s*saec/
        let arabicPair = /(?:^|[^\d])(\d{1,2})(?:st|nd|rd|th|de|ste|e|er|eme|\.)?\s*(?:-|\/|tot|bis|to|und|en|and|et)\s*\d{1,2}\s*(?:st|nd|rd|th|de|ste|e|er|eme|\.)?\s*-?\s*(?:century|cent\.|c\.|eeuws?|jahrhunderts?|jhdts?\.?|jh\.?|siecles?|s\.)/
        let romanPair = /(?:^|[^a-z])([ivx]{1,6})(?:e|eme|er|de|th)?\.?\s*(?:-|\/|tot|bis|to|und|en|and|et)\s*[ivx]{1,6}(?:e|eme|er|de|th)?\.?\s*-?\s*(?:century|eeuws?|jahrhunderts?|jh\.?|siecles?|s\.)/
        for m in s.matches(of: arabicPair) { if let n = Int(m.output.1) { numbers.append(n) } }
        for m in s.matches(of: romanPair) { if let n = romanValue(String(m.output.1)) { numbers.append(n) } }
        for m in s.matches(of: arabic) { if let n = Int(m.output.1) { numbers.append(n) } }
        for m in s.matches(of: roman) { if let n = romanValue(String(m.output.1)) { numbers.append(n) } }
        for m in s.matches(of: latin) {
            let token = String(m.output.1)
            if let n = Int(token) ?? romanValue(token) { numbers.append(n) }
        }
        for m in s.matches(of: latinAfter) { if let n = romanValue(String(m.output.1)) { numbers.append(n) } }
        numbers = numbers.filter { (1...21).contains($0) }
        guard let first = numbers.min(), let last = numbers.max() else { return nil }
        let start = (first - 1) * 100
        if first != last {
            return Core(earliest: start, latest: (last - 1) * 100 + 99, kind: .period, rawYears: [start, (last - 1) * 100 + 99])
        }
        var lo = start
        var hi = start + 99
        if s.contains(/(?:erste|eerste|first|1st|premiere|1re|1ere|1e|1ste|1\.)\s*(?:halfte|helft|half|moitie)/) {
            hi = start + 49
        } else if s.contains(/(?:zweite|tweede|second|2nd|seconde|deuxieme|2eme|2e|2de|2\.)\s*(?:halfte|helft|half|moitie)/) {
            lo = start + 50
        } else if let q = quarter(in: s) {
            lo = start + 25 * (q - 1)
            hi = lo + 24
        } else if s.contains(/\b(?:early|vroeg|vroege|begin|anfang|fruhes|fruhe|fruh|debut|beginning)\b/) {
            hi = start + 33
        } else if s.contains(/\b(?:mid|midden|mitte|milieu|middle)\b/) {
            lo = start + 33
            hi = start + 66
        } else if s.contains(/\b(?:late|laat|late|ende|spates|spate|spat|fin|end)\b/) {
            lo = start + 66
        }
        return Core(earliest: lo, latest: hi, kind: .period, rawYears: [lo, hi])
    }

    private static func quarter(in s: String) -> Int? {
        let word = /(erstes|eerste|first|1st|premier|1er|1e|1\.|zweites|tweede|second|2nd|deuxieme|2e|2de|2\.|drittes|derde|third|3rd|troisieme|3e|3de|3\.|viertes|vierde|fourth|4th|last|laatste|letztes|dernier|4e|4de|4\.)\s*(?:viertel|kwart|quarter|quart)/
        guard let m = s.firstMatch(of: word) else { return nil }
        switch m.output.1 {
        case "erstes", "eerste", "first", "1st", "premier", "1er", "1e", "1.": return 1
        case "zweites", "tweede", "second", "2nd", "deuxieme", "2e", "2de", "2.": return 2
        case "drittes", "derde", "third", "3rd", "troisieme", "3e", "3de", "3.": return 3
        default: return 4
        }
    }

    /// A decade: `1630s`, `1630's`, `1630er Jahre`, `années 1630`, `jaren 1630`, with early / mid / late.
    private static func decade(in s: String) -> Core? {
        let suffixed = /(?:^|[^\d])(\d{3})0\s*(?:'?s|-?er(?:\s*jahre)?)\b/
        let prefixed = /\b(?:annees|jaren|decennium|decade)\s+(\d{3})0\b/
        let match = s.firstMatch(of: suffixed)?.output.1 ?? s.firstMatch(of: prefixed)?.output.1
        guard let digits = match, let tens = Int(digits) else { return nil }
        let start = tens * 10
        var lo = start
        var hi = start + 9
        if s.contains(/\b(?:early|vroege|vroeg|begin|anfang|fruhe|fruhen|debut)\b/) {
            hi = start + 3
        } else if s.contains(/\b(?:mid|midden|mitte|milieu|middle)\b/) {
            lo = start + 4
            hi = start + 6
        } else if s.contains(/\b(?:late|laat|ende|spate|spaten|fin)\b/) {
            lo = start + 7
        }
        return Core(earliest: lo, latest: hi, kind: .period, rawYears: [lo, hi])
    }

    /// A single year or a range of years.
    private static func years(in s: String) -> Core? {
        let range = /(?:^|[^\d])(\d{3,4})(\s*(?:-|\/|to|tot en met|tot|bis|until|till|and|en|und|et|a|au)\s*)((?:circa|ca|c|um|vers)\.?\s*)?(\d{1,4})(?:$|[^\d])/
        if let m = s.firstMatch(of: range), let first = Int(m.output.1) {
            let firstText = String(m.output.1)
            let secondText = String(m.output.4)
            var second: Int
            if secondText.count < firstText.count {
                second = Int(firstText.prefix(firstText.count - secondText.count) + secondText) ?? first
                if second < first {
                    let separator = String(m.output.2)
                    if separator == "-", secondText.count == 2, let month = Int(secondText), (1...12).contains(month) {
                        // `1618-05`: a year and a month.
                        return Core(earliest: first, latest: first, kind: .years, rawYears: [first])
                    }
                    second += Int(pow(10, Double(secondText.count)))
                }
            } else {
                second = Int(secondText) ?? first
            }
            return Core(earliest: first, latest: second, kind: .years, rawYears: [first, second],
                        circaEnd: m.output.3 != nil)
        }
        if let m = s.firstMatch(of: /(?:^|[^\d])(\d{3,4})(?:$|[^\d])/), let year = Int(m.output.1) {
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
