import Foundation
import Model
import Normalize

/// One attribution text with the credits ``AttributionParser`` must give for it.
struct AttributionCase: Sendable, CustomStringConvertible {
    let input: String
    let credits: [AgentCredit]

    /// `credits` are (name, qualifier, role); every credit's display is the trimmed input.
    init(_ input: String, _ credits: [(String, AttributionQualifier, String?)]) {
        self.input = input
        let display = input.trimmingCharacters(in: .whitespacesAndNewlines)
        self.credits = credits.map { AgentCredit(name: $0.0, display: display, role: $0.2, qualifier: $0.1) }
    }

    init(_ input: String, _ name: String, _ qualifier: AttributionQualifier, role: String? = nil) {
        self.init(input, [(name, qualifier, role)])
    }

    var description: String { "\"\(input)\"" }
}

/// The attribution tables shared by the Swift Testing suite and the standalone harness.
enum AttributionParserCases {
    static let all: [AttributionCase] = [
        // Autograph.
        AttributionCase("Peter Paul Rubens", "Peter Paul Rubens", .autograph),
        AttributionCase("Rubens, Peter Paul", "Rubens, Peter Paul", .autograph),
        AttributionCase("Anthony van Dyck (1599-1641)", "Anthony van Dyck", .autograph),
        AttributionCase("Basire, James II", "Basire, James II", .autograph),
        // A generation numeral in parentheses is part of the name (authority names write it so).
        AttributionCase("Teniers, David (II)", "Teniers, David (II)", .autograph),
        AttributionCase("Francken, Frans (II) (nach)", "Francken, Frans (II)", .after),
        AttributionCase("Werkstatt des Brueghel, Jan (I)", "Brueghel, Jan (I)", .workshopOf),
        AttributionCase("  Jacob   Jordaens ", "Jacob Jordaens", .autograph),
        // Workshop and studio.
        AttributionCase("Rubens, Peter Paul (workshop)", "Rubens, Peter Paul", .workshopOf),
        AttributionCase("Rubens, Peter Paul, workshop", "Rubens, Peter Paul", .workshopOf),
        AttributionCase("atelier van Rubens", "Rubens", .workshopOf),
        AttributionCase("Werkstatt des Rubens", "Rubens", .workshopOf),
        AttributionCase("Werkstatt von Peter Paul Rubens", "Peter Paul Rubens", .workshopOf),
        AttributionCase("Werkstatt Rubens", "Rubens", .workshopOf),
        AttributionCase("atelier de Rubens", "Rubens", .workshopOf),
        AttributionCase("workshop of Rubens", "Rubens", .workshopOf),
        AttributionCase("studio of Rubens", "Rubens", .studioOf),
        AttributionCase("ex officina Rubeniana", "Rubens", .workshopOf),
        AttributionCase("Rubens and workshop", [("Rubens", .autograph, nil), ("Rubens", .workshopOf, nil)]),
        AttributionCase("Rubens en atelier", [("Rubens", .autograph, nil), ("Rubens", .workshopOf, nil)]),
        AttributionCase("Rubens und Werkstatt", [("Rubens", .autograph, nil), ("Rubens", .workshopOf, nil)]),
        AttributionCase("Rubens et atelier", [("Rubens", .autograph, nil), ("Rubens", .workshopOf, nil)]),
        AttributionCase(
            "Peter Paul Rubens and his workshop",
            [("Peter Paul Rubens", .autograph, nil), ("Peter Paul Rubens", .workshopOf, nil)]),
        AttributionCase(
            "Peter Paul Rubens (and workshop)",
            [("Peter Paul Rubens", .autograph, nil), ("Peter Paul Rubens", .workshopOf, nil)]),
        // After, copies.
        AttributionCase("naar Rubens", "Rubens", .after),
        AttributionCase("nach Peter Paul Rubens", "Peter Paul Rubens", .after),
        AttributionCase("after Rubens", "Rubens", .after),
        AttributionCase("d'après Rubens", "Rubens", .after),
        AttributionCase("d’après Rubens", "Rubens", .after),
        AttributionCase("copy after Rubens", "Rubens", .after),
        AttributionCase("kopie naar Rubens", "Rubens", .after),
        AttributionCase("kopie naar Anthony van Dyck", "Anthony van Dyck", .after),
        AttributionCase("Kopie nach Rubens", "Rubens", .after),
        AttributionCase("copie d'après Rubens", "Rubens", .after),
        AttributionCase("Rubens, Peter Paul (copy after)", "Rubens, Peter Paul", .after),
        AttributionCase("after Rubens (engraved by Lucas Vorsterman)", "Rubens", .after),
        AttributionCase(
            "after Peter Paul Rubens, engraved by Schelte à Bolswert",
            [("Peter Paul Rubens", .after, nil), ("Schelte à Bolswert", .autograph, "engraver")]),
        AttributionCase(
            "naar Rubens, gegraveerd door Paulus Pontius",
            [("Rubens", .after, nil), ("Paulus Pontius", .autograph, "engraver")]),
        AttributionCase("after Rubens and Snyders", [("Rubens", .after, nil), ("Snyders", .after, nil)]),
        // Attributed.
        AttributionCase("toegeschreven aan Rubens", "Rubens", .attributedTo),
        AttributionCase("toegeschreven aan Anthony van Dyck", "Anthony van Dyck", .attributedTo),
        AttributionCase("zugeschrieben", []),
        AttributionCase("Rubens, zugeschrieben", "Rubens", .attributedTo),
        AttributionCase("Peter Paul Rubens, zugeschrieben", "Peter Paul Rubens", .attributedTo),
        AttributionCase("Rubens zugeschrieben", "Rubens", .attributedTo),
        AttributionCase("attribué à Rubens", "Rubens", .attributedTo),
        AttributionCase("attributed to Rubens", "Rubens", .attributedTo),
        AttributionCase("Rubens (?)", "Rubens", .attributedTo),
        AttributionCase("Frans Snyders?", "Frans Snyders", .attributedTo),
        // Collaboration.
        AttributionCase(
            "Rubens en Jan Brueghel I", [("Rubens", .inCollaborationWith, nil), ("Jan Brueghel I", .inCollaborationWith, nil)]),
        AttributionCase(
            "Rubens und Jan Brueghel d. Ä.",
            [("Rubens", .inCollaborationWith, nil), ("Jan Brueghel d. Ä.", .inCollaborationWith, nil)]),
        AttributionCase(
            "Rubens and Frans Snyders", [("Rubens", .inCollaborationWith, nil), ("Frans Snyders", .inCollaborationWith, nil)]),
        AttributionCase("Rubens et Snyders", [("Rubens", .inCollaborationWith, nil), ("Snyders", .inCollaborationWith, nil)]),
        AttributionCase(
            "Peter Paul Rubens & Jan Wildens",
            [("Peter Paul Rubens", .inCollaborationWith, nil), ("Jan Wildens", .inCollaborationWith, nil)]),
        AttributionCase("in samenwerking met Jan Brueghel I", "Jan Brueghel I", .inCollaborationWith),
        // Circle.
        AttributionCase("Kreis des Rubens", "Rubens", .circleOf),
        AttributionCase("Kreis von Rubens", "Rubens", .circleOf),
        AttributionCase("Umkreis des Rubens", "Rubens", .circleOf),
        AttributionCase("kring van Rubens", "Rubens", .circleOf),
        AttributionCase("omgeving van Peter Paul Rubens", "Peter Paul Rubens", .circleOf),
        AttributionCase("cercle de Rubens", "Rubens", .circleOf),
        AttributionCase("circle of Rubens", "Rubens", .circleOf),
        // Followers.
        AttributionCase("navolger van Rubens", "Rubens", .followerOf),
        AttributionCase("navolger van Peter Paul Rubens", "Peter Paul Rubens", .followerOf),
        AttributionCase("Nachfolger des Rubens", "Rubens", .followerOf),
        AttributionCase("Nachfolge Rubens", "Rubens", .followerOf),
        AttributionCase("suiveur de Rubens", "Rubens", .followerOf),
        AttributionCase("follower of Rubens", "Rubens", .followerOf),
        // School.
        AttributionCase("school of Rubens", "Rubens", .schoolOf),
        AttributionCase("school van Rubens", "Rubens", .schoolOf),
        AttributionCase("Schule des Rubens", "Rubens", .schoolOf),
        AttributionCase("école de Rubens", "Rubens", .schoolOf),
        // Manner.
        AttributionCase("manner of Rubens", "Rubens", .mannerOf),
        AttributionCase("trant van Rubens", "Rubens", .mannerOf),
        AttributionCase("in der Art des Rubens", "Rubens", .mannerOf),
        AttributionCase("manière de Rubens", "Rubens", .mannerOf),
        AttributionCase("à la manière de Rubens", "Rubens", .mannerOf),
        AttributionCase("in the style of Rubens", "Rubens", .mannerOf),
        // Latin print inscriptions.
        AttributionCase("Rubens pinxit", "Rubens", .autograph),
        AttributionCase("P.P. Rubens pinx.", "P.P. Rubens", .autograph),
        AttributionCase("Rubens invenit", "Rubens", .after),
        AttributionCase("Rubens inv.", "Rubens", .after),
        AttributionCase("Vorsterman sculpsit", "Vorsterman", .autograph, role: "engraver"),
        AttributionCase("L. Vorsterman sculp.", "L. Vorsterman", .autograph, role: "engraver"),
        AttributionCase(
            "Rubens pinxit, Vorsterman sculpsit", [("Rubens", .autograph, nil), ("Vorsterman", .autograph, "engraver")]),
        AttributionCase(
            "P.P. Rubens delin. Paulus Pontius sculp.",
            [("P.P. Rubens", .after, nil), ("Paulus Pontius", .autograph, "engraver")]),
        AttributionCase(
            "Rubens pinx. Vorsterman sculp. et exc.", [("Rubens", .autograph, nil), ("Vorsterman", .autograph, "engraver")]),
        AttributionCase("Andrea del Sarto", "Andrea del Sarto", .autograph),
        // Nothing.
        AttributionCase("", []),
    ]

    /// Structured qualifier terms (LIDO `attributionQualifierActor`, IMA `after_follower`, …).
    static let vocabulary: [(String, AttributionQualifier?)] = [
        ("toegeschreven aan", .attributedTo), ("Zugeschrieben", .attributedTo), ("attribué à", .attributedTo),
        ("Attributed to", .attributedTo), ("attr.", .attributedTo),
        ("atelier van", .workshopOf), ("Werkstatt", .workshopOf), ("atelier de", .workshopOf),
        ("Workshop of", .workshopOf), ("workshop_of", .workshopOf),
        ("studio of", .studioOf),
        ("After", .after), ("naar", .after), ("nach", .after), ("d'après", .after), ("copy after", .after),
        ("kopie naar", .after), ("Kopie nach", .after), ("copie d'après", .after),
        ("circle of", .circleOf), ("kring van", .circleOf), ("Umkreis", .circleOf), ("cercle de", .circleOf),
        ("follower of", .followerOf), ("navolger van", .followerOf), ("Nachfolger", .followerOf),
        ("suiveur de", .followerOf),
        ("school of", .schoolOf), ("school van", .schoolOf), ("Schule", .schoolOf), ("école de", .schoolOf),
        ("manner of", .mannerOf), ("trant van", .mannerOf), ("in der Art des", .mannerOf), ("manière de", .mannerOf),
        ("in samenwerking met", .inCollaborationWith), ("in collaboration with", .inCollaborationWith),
        ("in Zusammenarbeit mit", .inCollaborationWith), ("en collaboration avec", .inCollaborationWith),
        ("eigenhandig", .autograph),
        ("Painter", nil), ("", nil), ("schilder", nil),
    ]
}
