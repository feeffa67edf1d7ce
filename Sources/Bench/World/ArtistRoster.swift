/// The artists of a corpus: real Flemish, Dutch and German painters and engravers of the 16th and 17th centuries,
/// plus generated names for scale (made from the seed, so the same seed gives the same roster).
struct ArtistRoster: Sendable {
    let painters: [Artist]
    let engravers: [Artist]
    private let painterWeights: [Double]
    private let engraverWeights: [Double]

    /// Generated painters and engravers added to the real ones.
    static let generatedPainters = 900
    static let generatedEngravers = 120

    init(seed: UInt64) {
        var random = Xoshiro256(seed: seed ^ 0x4172_7469_7374_73)
        var painters: [Artist] = []
        var engravers: [Artist] = []
        for entry in Self.realPainters { painters.append(entry.artist(id: painters.count, role: .painter)) }
        for entry in Self.realEngravers { engravers.append(entry.artist(id: engravers.count, role: .engraver)) }
        let rkdNumbers = IDPermutation(bits: 20, seed: seed ^ 0x726B_6461)
        for index in 0..<Self.generatedPainters {
            painters.append(ArtistNames.generate(id: painters.count, role: .painter, rkd: 200_000 + rkdNumbers.apply(index), random: &random))
        }
        for index in 0..<Self.generatedEngravers {
            engravers.append(ArtistNames.generate(id: engravers.count, role: .engraver, rkd: 200_000 + rkdNumbers.apply(Self.generatedPainters + index), random: &random))
        }
        self.painters = painters
        self.engravers = engravers
        painterWeights = painters.map(\.weight)
        engraverWeights = engravers.map(\.weight)
    }

    /// A painter, the famous ones far more often.
    func drawPainter(_ random: inout Xoshiro256) -> Artist {
        painters[random.weighted(painterWeights)]
    }

    /// An engraver who worked at some time in `years` if there is one, else any engraver.
    func drawEngraver(_ random: inout Xoshiro256, workingIn years: ClosedRange<Int>) -> Artist {
        for _ in 0..<12 {
            let engraver = engravers[random.weighted(engraverWeights)]
            if engraver.active.overlaps(years) { return engraver }
        }
        return engravers[random.weighted(engraverWeights)]
    }

    /// A real artist: name forms, active years, school, weight and authority ids.
    struct Entry {
        let forms: [String]
        let plain: String
        let active: ClosedRange<Int>
        let school: Artist.School
        let weight: Double
        let rkd: Int?
        let ulan: Int?
        let wikidata: String?

        init(_ forms: String, _ active: ClosedRange<Int>, _ school: Artist.School, _ weight: Double, rkd: Int? = nil, ulan: Int? = nil, wikidata: String? = nil) {
            self.forms = forms.split(separator: "|").map(String.init)
            self.plain = self.forms.count > 1 ? self.forms[1] : self.forms[0]
            self.active = active
            self.school = school
            self.weight = weight
            self.rkd = rkd
            self.ulan = ulan
            self.wikidata = wikidata
        }

        func artist(id: Int, role: Artist.Role) -> Artist {
            Artist(id: id, forms: forms, plainName: plain, active: active, role: role, school: school, rkd: rkd, ulan: ulan, wikidata: wikidata, weight: weight)
        }
    }

    // The second form is the plain name used in running text.
    static let realPainters: [Entry] = [
        Entry("Rubens, Peter Paul|Peter Paul Rubens|P.P. Rubens|Rubens, Pieter Pauwel|Pieter Pauwel Rubens|Pierre Paul Rubens|Rubens", 1598...1640, .flemish, 34, rkd: 68737, ulan: 500002921, wikidata: "Q5599"),
        Entry("Dyck, Anthony van|Anthony van Dyck|Antoon van Dyck|Anton van Dyck|Antoine van Dyck|A. van Dyck", 1615...1641, .flemish, 12, rkd: 27396, ulan: 500001209, wikidata: "Q150679"),
        Entry("Jordaens, Jacob (I)|Jacob Jordaens|Jacques Jordaens|Jakob Jordaens|Jordaens, Jacob", 1615...1678, .flemish, 9, rkd: 44130, ulan: 500115425, wikidata: "Q270658"),
        Entry("Brueghel, Jan (I)|Jan Brueghel the Elder|Jan Brueghel de Oude|Jan Brueghel d. Ä.|Jan Brueghel l'Ancien|Brueghel I, Jan", 1590...1625, .flemish, 6, rkd: 13288, ulan: 500007095, wikidata: "Q209050"),
        Entry("Brueghel, Jan (II)|Jan Brueghel the Younger|Jan Brueghel de Jonge|Jan Brueghel d. J.|Brueghel II, Jan", 1625...1678, .flemish, 3, rkd: 13289, wikidata: "Q285933"),
        Entry("Brueghel, Pieter (II)|Pieter Brueghel the Younger|Pieter Brueghel de Jonge|Pieter Brueghel d. J.|Brueghel II, Pieter", 1585...1638, .flemish, 4, rkd: 13293, wikidata: "Q255828"),
        Entry("Snyders, Frans|Frans Snyders|Frans Snijders|François Snyders|Snijders, Frans", 1605...1657, .flemish, 4, rkd: 73264, ulan: 500021637),
        Entry("Vos, Paul de|Paul de Vos|Pauwel de Vos|Paulus de Vos", 1620...1678, .flemish, 1.5),
        Entry("Francken, Frans (II)|Frans Francken the Younger|Frans Francken de Jonge|Frans Francken d. J.", 1605...1642, .flemish, 3),
        Entry("Wildens, Jan|Jan Wildens|Johannes Wildens|Jean Wildens", 1615...1653, .flemish, 1.5),
        Entry("Quellinus, Erasmus (II)|Erasmus Quellinus the Younger|Erasmus Quellinus II|Erasmus Quellinus de Jonge", 1630...1678, .flemish, 2),
        Entry("Thulden, Theodoor van|Theodoor van Thulden|Theodore van Thulden|Theodor van Thulden", 1630...1669, .flemish, 1.5),
        Entry("Diepenbeeck, Abraham van|Abraham van Diepenbeeck|Abraham van Diepenbeke", 1630...1675, .flemish, 1.2),
        Entry("Schut, Cornelis (I)|Cornelis Schut|Cornelis Schut I|Cornelius Schut", 1620...1655, .flemish, 1.2),
        Entry("Boeckhorst, Jan|Jan Boeckhorst|Johann Bockhorst|Jan Boekhorst", 1635...1668, .flemish, 1.2),
        Entry("Teniers, David (II)|David Teniers the Younger|David Teniers de Jonge|David Teniers d. J.", 1630...1690, .flemish, 4),
        Entry("Vos, Cornelis de|Cornelis de Vos|Cornelius de Vos", 1610...1651, .flemish, 2),
        Entry("Crayer, Gaspar de|Gaspar de Crayer|Caspar de Crayer|Jasper de Crayer", 1610...1669, .flemish, 2),
        Entry("Veen, Otto van|Otto van Veen|Otto Venius|Octavius Vaenius", 1585...1629, .flemish, 1.5),
        Entry("Brouwer, Adriaen|Adriaen Brouwer|Adriaan Brouwer|Adrian Brouwer", 1625...1638, .flemish, 1.5),
        Entry("Momper, Joos de (II)|Joos de Momper|Josse de Momper|Joos de Momper de Jonge", 1585...1635, .flemish, 2),
        Entry("Savery, Roelant|Roelant Savery|Roeland Savery|Roelandt Savery", 1600...1639, .flemish, 1.5),
        Entry("Rembrandt|Rembrandt van Rijn|Rembrandt Harmensz. van Rijn|Rembrandt Harmenszoon van Rijn", 1625...1669, .dutch, 6, rkd: 66219, ulan: 500011051, wikidata: "Q5598"),
        Entry("Hals, Frans|Frans Hals|Frans Hals I|Frans Hals de Oude", 1610...1666, .dutch, 3, rkd: 36400, wikidata: "Q167654"),
        Entry("Bloemaert, Abraham|Abraham Bloemaert|Abraham Bloemart", 1590...1651, .dutch, 2),
        Entry("Brugghen, Hendrick ter|Hendrick ter Brugghen|Hendrik ter Brugghen", 1615...1629, .dutch, 1.5),
        Entry("Honthorst, Gerard van|Gerard van Honthorst|Gerrit van Honthorst|Gherardo delle Notti", 1615...1656, .dutch, 2),
        Entry("Wtewael, Joachim|Joachim Wtewael|Joachim Uytewael|Joachim Wttewael", 1590...1638, .dutch, 1.2),
        Entry("Goyen, Jan van|Jan van Goyen|Jan Josephsz. van Goyen", 1620...1656, .dutch, 2.5),
        Entry("Cranach, Lucas (I)|Lucas Cranach the Elder|Lucas Cranach d. Ä.|Lucas Cranach de Oude|Lucas Cranach l'Ancien", 1502...1553, .german, 5, ulan: 500115318, wikidata: "Q191748"),
        Entry("Dürer, Albrecht|Albrecht Dürer|Albrecht Duerer|Albert Dürer|A. Dürer", 1490...1528, .german, 2.5, wikidata: "Q5580"),
        Entry("Holbein, Hans (II)|Hans Holbein the Younger|Hans Holbein d. J.|Hans Holbein le Jeune", 1515...1543, .german, 2),
        Entry("Elsheimer, Adam|Adam Elsheimer|Adam Elshaimer", 1598...1610, .german, 1),
        Entry("Baldung, Hans|Hans Baldung Grien|Hans Baldung gen. Grien|Hans Baldung", 1505...1545, .german, 1),
        Entry("Liss, Johann|Johann Liss|Jan Lys|Giovanni Lys", 1615...1631, .german, 0.8),
    ]

    static let realEngravers: [Entry] = [
        Entry("Vorsterman, Lucas (I)|Lucas Vorsterman|Lucas Vorsterman I|Lucas Vorstermans", 1617...1667, .flemish, 5),
        Entry("Pontius, Paulus|Paulus Pontius|Paul Pontius|Paul du Pont", 1624...1658, .flemish, 4),
        Entry("Bolswert, Schelte Adamsz.|Schelte à Bolswert|Schelte a Bolswert|Schelte Adamsz. Bolswert", 1625...1659, .flemish, 4),
        Entry("Bolswert, Boetius Adamsz.|Boetius à Bolswert|Boetius a Bolswert|Boetius Adamsz. Bolswert", 1610...1633, .flemish, 2),
        Entry("Jegher, Christoffel|Christoffel Jegher|Christophe Jegher|Christoph Jegher", 1625...1652, .flemish, 2),
        Entry("Jode, Pieter de (II)|Pieter de Jode II|Pieter de Jode the Younger|Pieter de Jode de Jonge", 1625...1674, .flemish, 2),
        Entry("Galle, Cornelis (I)|Cornelis Galle I|Cornelis Galle the Elder|Cornelis Galle de Oude", 1600...1650, .flemish, 2),
        Entry("Muller, Jan Harmensz.|Jan Harmensz. Muller|Jan Muller|Johannes Muller", 1589...1628, .dutch, 1.5),
        Entry("Matham, Jacob|Jacob Matham|Jacobus Matham", 1590...1631, .dutch, 1.5),
        Entry("Saenredam, Jan|Jan Saenredam|Johannes Saenredam", 1590...1607, .dutch, 1),
        Entry("Goltzius, Hendrick|Hendrick Goltzius|Hendrik Goltzius|Henricus Goltzius", 1578...1617, .dutch, 2),
        Entry("Hollar, Wenceslaus|Wenceslaus Hollar|Wenzel Hollar|Václav Hollar", 1630...1677, .german, 2),
        Entry("Kilian, Lucas|Lucas Kilian|Lukas Kilian", 1600...1637, .german, 1),
        Entry("Sadeler, Aegidius (II)|Aegidius Sadeler II|Egidius Sadeler|Gillis Sadeler", 1590...1629, .flemish, 1),
    ]
}
