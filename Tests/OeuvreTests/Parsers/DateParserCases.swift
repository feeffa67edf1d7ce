import Foundation
import Model
import Normalize

/// One catalogue date with the years and warning ``DateParser`` must give for it.
struct DateCase: Sendable, CustomStringConvertible {
    let input: String
    let earliest: Int?
    let latest: Int?
    let warning: String?

    init(_ input: String, _ earliest: Int?, _ latest: Int?, warning: String? = nil) {
        self.input = input
        self.earliest = earliest
        self.latest = latest
        self.warning = warning
    }

    var expected: ParsedDate {
        ParsedDate(
            span: DateSpan(display: input.trimmingCharacters(in: .whitespacesAndNewlines), earliest: earliest, latest: latest),
            warning: warning)
    }

    var description: String { "\"\(input)\"" }
}

/// The date table shared by the Swift Testing suite and the standalone harness.
enum DateParserCases {
    static func unrecognized(_ text: String) -> String { "unrecognized date \"\(text)\": kept as display text only" }

    static let all: [DateCase] = [
        // Single years, dated and ISO forms.
        DateCase("1616", 1616, 1616),
        DateCase("  1619 ", 1619, 1619),
        DateCase("1612 (dated)", 1612, 1612),
        DateCase("gedateerd 1612", 1612, 1612),
        DateCase("datiert 1612", 1612, 1612),
        DateCase("1612 gedat.", 1612, 1612),
        DateCase("anno 1612", 1612, 1612),
        DateCase("1618?", 1618, 1618),
        DateCase("1618-05-03", 1618, 1618),
        DateCase("1603-01-01T00:00:00", 1603, 1603),
        DateCase("1618-05", 1618, 1618),
        DateCase("17 mei 1618", 1618, 1618),
        // Circa: ±5 years.
        DateCase("ca. 1615", 1610, 1620),
        DateCase("ca. 1604", 1599, 1609),
        DateCase("c.1618", 1613, 1623),
        DateCase("um 1618", 1613, 1623),
        DateCase("vers 1620", 1615, 1625),
        DateCase("omstreeks 1635", 1630, 1640),
        DateCase("gegen 1625", 1620, 1630),
        DateCase("circa 1500", 1495, 1505),
        // Ranges.
        DateCase("1609-1610", 1609, 1610),
        DateCase("1600 - 1610", 1600, 1610),
        DateCase("1524 - 1524", 1524, 1524),
        DateCase("1615/1620", 1615, 1620),
        DateCase("1635 tot 1640", 1635, 1640),
        DateCase("zwischen 1620 und 1625", 1620, 1625),
        DateCase("tussen 1620 en 1625", 1620, 1625),
        DateCase("c. 1615–20", 1610, 1625),
        DateCase("circa 1609/10", 1604, 1615),
        DateCase("ca. 1615-1620", 1610, 1625),
        DateCase("um 1615/20", 1610, 1625),
        DateCase("circa 1600 - circa 1610", 1595, 1615),
        DateCase("1620-1610", 1610, 1620, warning: "date \"1620-1610\" has its years reversed: swapped"),
        // Before and after.
        DateCase("vóór 1620", nil, 1620),
        DateCase("before 1620", nil, 1620),
        DateCase("vor 1620", nil, 1620),
        DateCase("avant 1620", nil, 1620),
        DateCase("ante 1620", nil, 1620),
        DateCase("after 1630", 1630, nil),
        DateCase("na 1630", 1630, nil),
        DateCase("nach 1630", 1630, nil),
        DateCase("après 1630", 1630, nil),
        DateCase("post 1630", 1630, nil),
        DateCase("1620 or later", 1620, nil),
        DateCase("vóór ca. 1620", nil, 1625),
        // Decades.
        DateCase("1630s", 1630, 1639),
        DateCase("1630er Jahre", 1630, 1639),
        DateCase("années 1630", 1630, 1639),
        DateCase("early 1620s", 1620, 1623),
        DateCase("mid-1620s", 1624, 1626),
        DateCase("late 1620s", 1627, 1629),
        // Centuries.
        DateCase("17th century", 1600, 1699),
        DateCase("17de eeuw", 1600, 1699),
        DateCase("17e eeuw", 1600, 1699),
        DateCase("14de eeuw", 1300, 1399),
        DateCase("17. Jahrhundert", 1600, 1699),
        DateCase("17e siècle", 1600, 1699),
        DateCase("XVIIe siècle", 1600, 1699),
        DateCase("saec. XVII", 1600, 1699),
        DateCase("15de-16de eeuw", 1400, 1599),
        DateCase("XVe-XVIe siècle", 1400, 1599),
        DateCase("16th-17th century", 1500, 1699),
        DateCase("late 16th or early 17th century", 1500, 1699),
        DateCase("erste Hälfte 17. Jh.", 1600, 1649),
        DateCase("1. Hälfte 17. Jh.", 1600, 1649),
        DateCase("tweede helft 17de eeuw", 1650, 1699),
        DateCase("second half of the 17th century", 1650, 1699),
        DateCase("première moitié du XVIIe siècle", 1600, 1649),
        DateCase("3e kwart 17de eeuw", 1650, 1674),
        DateCase("frühes 17. Jahrhundert", 1600, 1633),
        DateCase("mid 17th century", 1633, 1666),
        DateCase("late 17th century", 1666, 1699),
        DateCase("fin du XVIe siècle", 1566, 1599),
        // Implausible years are kept but warned about.
        DateCase("ca. 950", 945, 955, warning: "year 950 in date \"ca. 950\" is outside 1000-2100"),
        // Nothing to read: no years, a warning.
        DateCase("onbekend", nil, nil, warning: unrecognized("onbekend")),
        DateCase("undated", nil, nil, warning: unrecognized("undated")),
        DateCase("unbekannt", nil, nil, warning: unrecognized("unbekannt")),
        DateCase("o.J.", nil, nil, warning: unrecognized("o.J.")),
        DateCase("s.d.", nil, nil, warning: unrecognized("s.d.")),
        DateCase("", nil, nil, warning: unrecognized("")),
    ]
}
