/// Writes an object's production years the way catalogues in each language do: `1615`, `ca. 1615`, `1615-1620`,
/// `um 1618`, `1610s`, `c. 1615–20`, `1609/10`, `17de eeuw` — always a statement the true years fall in (or, for
/// circa, near).
enum DateStyler {
    /// A statement of `earliest...latest`; `vague` allows century statements (for copies, whose dates catalogues
    /// rarely know).
    static func state(earliest: Int, latest: Int, language: Language, vague: Bool, random: inout Xoshiro256) -> StatedDate {
        if vague && random.chance(0.4) { return century(earliest, latest, language, &random) }
        let circa = random.chance(0.3)
        if earliest == latest {
            if circa {
                let shown = earliest + random.int(in: -2...2)
                return StatedDate(display: circaWord(language, &random) + " \(shown)", earliest: shown - 5, latest: shown + 5)
            }
            if random.chance(0.15), let word = ["nl": "gedateerd", "de": "datiert", "en": "dated"][language.rawValue] {
                return StatedDate(display: "\(word) \(earliest)", earliest: earliest, latest: earliest)
            }
            return StatedDate(display: "\(earliest)", earliest: earliest, latest: latest)
        }
        if latest == earliest + 1 && random.chance(0.35) {
            return StatedDate(display: "\(earliest)/\(String(latest).suffix(2))", earliest: earliest, latest: latest)
        }
        if earliest / 10 == latest / 10 && language != .nl && random.chance(0.2) {
            let decade = earliest / 10 * 10
            let text = language == .de ? "\(decade)er Jahre" : language == .fr ? "années \(decade)" : "\(decade)s"
            return StatedDate(display: text, earliest: decade, latest: decade + 9)
        }
        let range: String
        switch language {
        case .en: range = random.chance(0.6) ? "\(earliest)–\(String(latest).suffix(2))" : "\(earliest)-\(latest)"
        case .de: range = random.chance(0.5) ? "\(earliest)/\(String(latest).suffix(2))" : "\(earliest)-\(latest)"
        default: range = "\(earliest)-\(latest)"
        }
        if circa {
            return StatedDate(display: circaWord(language, &random) + " " + range, earliest: earliest - 5, latest: latest + 5)
        }
        return StatedDate(display: range, earliest: earliest, latest: latest)
    }

    private static func circaWord(_ language: Language, _ random: inout Xoshiro256) -> String {
        switch language {
        case .nl: random.pick(["ca.", "ca.", "omstreeks"])
        case .de: random.pick(["um", "um", "ca."])
        case .fr: random.pick(["vers", "vers", "ca."])
        default: random.pick(["c.", "ca.", "circa"])
        }
    }

    private static func century(_ earliest: Int, _ latest: Int, _ language: Language, _ random: inout Xoshiro256) -> StatedDate {
        let number = earliest / 100 + 1
        let start = (number - 1) * 100
        let firstHalf = earliest % 100 < 50 && latest < start + 50
        let secondHalf = earliest % 100 >= 50 && latest / 100 + 1 == number
        let half = (firstHalf || secondHalf) && random.chance(0.5)
        let roman = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX"]
        let text: String
        switch language {
        case .nl: text = (half ? (firstHalf ? "eerste helft " : "tweede helft ") : "") + "\(number)de eeuw"
        case .de: text = (half ? (firstHalf ? "erste Hälfte " : "zweite Hälfte ") : "") + "\(number). Jahrhundert"
        case .fr: text = (half ? (firstHalf ? "première moitié du " : "seconde moitié du ") : "") + "\(roman[min(number, 19)])e siècle"
        default: text = (half ? (firstHalf ? "first half of the " : "second half of the ") : "") + "\(number)th century"
        }
        if half {
            return StatedDate(display: text, earliest: firstHalf ? start : start + 50, latest: firstHalf ? start + 49 : start + 99)
        }
        return StatedDate(display: text, earliest: start, latest: start + 99)
    }
}
