/// Names of portrait sitters: some real Antwerp and Dresden patrons, the rest put together from common names.
enum Sitters {
    static let known = [
        "Nicolaas Rockox", "Jan Vermoelen", "Caspar Gevartius", "Jan Gaspar Gevaerts", "Balthasar Moretus",
        "Jan Moretus", "Michiel Ophovius", "Peter van Hecke", "Jan Brant", "Cornelis van der Geest", "Jan van Montfort",
        "Nicolaas Lanier", "Charles de Longueval", "Ambrogio Spinola", "Philip Rubens", "Hendrik van Thulden",
        "Moritz von Sachsen", "Johann Georg von Sachsen", "Heinrich von Schönberg", "Hans von Dieskau",
    ]

    static let forenames = [
        "Jan", "Pieter", "Cornelis", "Hendrik", "Willem", "Jacob", "Gaspar", "Frans", "Adriaen", "Michiel", "Joris",
        "Hans", "Georg", "Christoph", "Wolfgang", "Lucas", "Matthias", "Nicolaas", "Antoon", "Gillis", "Maarten",
        "Jean", "Philippe", "Charles", "Nicolas", "Thomas", "Richard", "Edward",
    ]

    static let surnames = [
        "van der Straeten", "de Smet", "Goubau", "van Hoorn", "Lemmens", "Snoeck", "Vleminckx", "de Witte", "Janssens",
        "Helman", "van Eyck", "Stevens", "Geelhand", "de Moy", "Fourment", "Boschaert", "van Haecht", "Coymans",
        "Pallavicini", "Imhoff", "Tucher", "Welser", "Fugger", "Schönborn", "von Miltitz", "von Bünau", "de Ligne",
        "de Croÿ", "Herbert", "Howard", "Villiers",
    ]

    /// The sitter of a portrait: one of the known patrons, or a generated name.
    static func draw(_ random: inout Xoshiro256) -> String {
        if random.chance(0.2) { return random.pick(known) }
        return random.pick(forenames) + " " + random.pick(surnames)
    }
}
