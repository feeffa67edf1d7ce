import Foundation

/// Generated artists for scale: names put together from period forenames, particles and surnames, with the forms
/// catalogues write (`Hoeck, Jan van den`, `Jan van den Hoeck`, `J. van den Hoeck`, `Van den Hoeck, Jan`) and
/// spelling variants (`ij`/`y`, `ck`/`k`, `ae`/`aa`).
enum ArtistNames {
    static let forenames: [Artist.School: [String]] = [
        .flemish: ["Jan", "Pieter", "Frans", "Cornelis", "Gillis", "Adriaen", "Jacob", "Hendrik", "Joos", "Maarten", "Lucas",
                   "Abraham", "Gaspar", "Artus", "Erasmus", "Theodoor", "Willem", "Simon", "Daniel", "Gerard", "Peeter"],
        .dutch: ["Jan", "Pieter", "Cornelis", "Hendrick", "Willem", "Jacob", "Dirck", "Aelbert", "Salomon", "Esaias",
                 "Gerrit", "Claes", "Adriaen", "Bartholomeus", "Jan Jansz.", "Pieter Claesz.", "Govert", "Nicolaes"],
        .german: ["Hans", "Georg", "Matthias", "Christoph", "Johann", "Wolfgang", "Lucas", "Bartholomäus", "Michael",
                  "Heinrich", "Joachim", "Tobias", "Sebastian", "Melchior", "Balthasar"],
    ]
    static let particles: [Artist.School: [String]] = [
        .flemish: ["", "", "", "van", "van den", "de", "van der", "van de"],
        .dutch: ["", "", "", "van", "van der", "de", "ter", "van de"],
        .german: ["", "", "", "", "von"],
    ]
    static let surnames: [Artist.School: [String]] = [
        .flemish: ["Hoeck", "Balen", "Kessel", "Heem", "Bockhorst", "Coninxloo", "Vinckboons", "Neefs", "Steenwijck",
                   "Valckenborch", "Grimmer", "Mostaert", "Key", "Floris", "Coxcie", "Pourbus", "Claeissens", "Janssens",
                   "Zeghers", "Rombouts", "Cossiers", "Sallaert", "Ryckaert", "Utrecht", "Boel", "Fyt", "Mol", "Herp",
                   "Hemessen", "Gijsels", "Bruyn", "Oost", "Loon", "Tilborgh", "Hecke", "Maes", "Vrancx", "Stalbemt"],
        .dutch: ["Ravesteyn", "Mierevelt", "Moreelse", "Lastman", "Pynas", "Bramer", "Poelenburch", "Duyster", "Codde",
                 "Hondecoeter", "Ruysdael", "Velde", "Avercamp", "Esselens", "Heda", "Kalf", "Dou", "Mieris", "Metsu",
                 "Steen", "Ostade", "Wouwerman", "Cuyp", "Potter", "Flinck", "Bol", "Backer", "Eeckhout", "Koninck"],
        .german: ["Mielich", "Rottenhammer", "Heintz", "Schwarz", "Bocksberger", "Amberger", "Krodel", "Schoen",
                  "Strigel", "Pencz", "Aldegrever", "Beham", "Stimmer", "Spranger", "Hoefnagel", "Kager", "Liss",
                  "Sandrart", "Loth", "Knüpfer", "Strauch", "Neufchatel", "Brentel", "Flegel", "Kemmer"],
    ]

    static func generate(id: Int, role: Artist.Role, rkd: Int, random: inout Xoshiro256) -> Artist {
        let school: Artist.School = [.flemish, .flemish, .dutch, .dutch, .german][random.below(5)]
        let forename = random.pick(forenames[school] ?? ["Jan"])
        let particle = random.pick(particles[school] ?? [""])
        let surname = random.pick(surnames[school] ?? ["Hoeck"]) + (random.chance(0.25) ? random.pick(["", "e", "s"]) : "")
        let start = random.int(in: 1520...1665)
        let active = start...(start + random.int(in: 12...45))
        let plain = [forename, particle, surname].filter { !$0.isEmpty }.joined(separator: " ")
        let catalogue = particle.isEmpty ? "\(surname), \(forename)" : "\(surname), \(forename) \(particle)"
        let initial = String(forename.prefix(1)) + "."
        var forms = [catalogue, plain]
        forms.append([initial, particle, surname].filter { !$0.isEmpty }.joined(separator: " "))
        if !particle.isEmpty {
            // The Belgian catalogue form: particle first, capitalized.
            forms.append("\(particle.prefix(1).uppercased())\(particle.dropFirst()) \(surname), \(forename)")
        }
        if let variant = spellingVariant(surname) {
            forms.append([forename, particle, variant].filter { !$0.isEmpty }.joined(separator: " "))
        }
        let weight = role == .painter ? random.double(in: 0.05...0.3) : random.double(in: 0.2...0.6)
        return Artist(id: id, forms: forms, plainName: plain, active: active, role: role, school: school,
                      rkd: random.chance(0.6) ? rkd : nil, ulan: nil, wikidata: nil, weight: weight)
    }

    /// A period spelling of the same surname, when the name has a letter group that varies.
    static func spellingVariant(_ surname: String) -> String? {
        for (a, b) in [("ij", "y"), ("y", "ij"), ("ck", "k"), ("ae", "aa"), ("ou", "au"), ("ü", "ue")] where surname.contains(a) {
            return surname.replacingOccurrences(of: a, with: b)
        }
        return nil
    }
}
