import Model

/// Attribution qualifier terms in Dutch, German, French, English, Latin and Italian, mapped to ``AttributionQualifier``.
///
/// For structured fields such as LIDO `attributionQualifierActor`, the IMA `after_follower` slot or a Linked Art
/// attribution classification, and for the prefixes and suffixes ``AttributionParser`` finds in free text.
/// Case, diacritics, dots, underscores and surrounding punctuation do not matter (`Attr.`, `attribué à`,
/// `workshop_of` all match).
public enum QualifierVocabulary {
    /// The qualifier `term` names, nil when it is not an attribution qualifier.
    public static func qualifier(for term: String) -> AttributionQualifier? {
        terms[key(term)]
    }

    /// The lookup key of a term: folded, dots and underscores as spaces, surrounding punctuation removed.
    static func key(_ term: String) -> String {
        var folded = TextFolding.fold(term)
        folded = folded.replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: "_", with: " ")
        folded = TextFolding.collapseWhitespace(folded)
        return folded.trimmingCharacters(in: .init(charactersIn: " ,;:()[]?!\"-"))
    }

    /// Every term, by key.
    static let terms: [String: AttributionQualifier] = {
        var table: [String: AttributionQualifier] = [:]
        for (qualifier, words) in lists {
            for word in words { table[key(word)] = qualifier }
        }
        for qualifier in AttributionQualifier.allCases {
            table[key(qualifier.rawValue)] = qualifier
        }
        return table
    }()

    private static let lists: [(AttributionQualifier, [String])] = [
        (.autograph, [
            "autograph", "eigenhandig", "eigenhändig", "original", "by", "door", "par",
        ]),
        (.attributedTo, [
            "attributed to", "attributed", "attr.", "attr. to", "attrib.", "attrib. to", "possibly", "probably",
            "possibly by", "probably by",
            "toegeschreven aan", "toegeschreven", "toegeschr.", "waarschijnlijk", "mogelijk", "vermoedelijk",
            "zugeschrieben", "zugeschrieben an", "zugeschr.", "wohl", "vermutlich",
            "attribué à", "attribué", "attribuée à", "attribuée", "attr. à",
            "attribuito a", "attribuito",
        ]),
        (.workshopOf, [
            "workshop of", "workshop", "atelier of", "atelier van", "atelier", "werkplaats van", "werkplaats",
            "werkstatt des", "werkstatt der", "werkstatt von", "werkstatt", "atelier de", "atelier du", "atelier d'",
            "ex officina", "officina", "bottega di", "bottega", "assistants", "assistenten", "gehilfen", "helpers",
            "and workshop", "en atelier", "und werkstatt", "et atelier",
        ]),
        (.studioOf, [
            "studio of", "studio van", "studio",
        ]),
        (.circleOf, [
            "circle of", "circle", "kring van", "kring rond", "kring", "omgeving van", "omgeving",
            "kreis des", "kreis der", "kreis von", "kreis um", "kreis", "umkreis des", "umkreis der", "umkreis von",
            "umkreis", "cercle de", "cercle du", "cercle", "entourage de", "entourage du", "entourage of", "entourage",
            "cerchia di",
        ]),
        (.followerOf, [
            "follower of", "followers of", "follower", "imitator of", "imitator",
            "navolger van", "navolgers van", "navolger", "navolging van", "in navolging van",
            "nachfolger des", "nachfolger der", "nachfolger von", "nachfolger", "nachfolge des", "nachfolge von",
            "nachfolge", "nachahmer des", "nachahmer von", "nachahmer",
            "suiveur de", "suiveur du", "suiveur", "imitateur de", "imitateur", "seguace di", "seguace",
        ]),
        (.schoolOf, [
            "school of", "school", "school van", "schule des", "schule der", "schule von", "schule",
            "école de", "école du", "école", "scuola di", "scuola",
        ]),
        (.after, [
            "after", "copy after", "copy of", "copy from", "copy", "engraved after", "replica after",
            "naar", "kopie naar", "kopie van", "kopie", "gegraveerd naar", "gravure naar",
            "nach", "kopie nach", "kopie von", "nachbildung nach", "gestochen nach",
            "d'après", "d’après", "apres", "après", "copie d'après", "copie d’après", "copie de", "copie", "gravé d'après",
            "copia da", "copia di", "copia",
        ]),
        (.mannerOf, [
            "manner of", "in the manner of", "style of", "in the style of", "manner",
            "trant van", "in de trant van", "stijl van", "in de stijl van", "manier van", "op de manier van",
            "art des", "art von", "in der art des", "in der art von", "in der art", "im stil des", "im stil von",
            "manière de", "à la manière de", "dans le goût de", "goût de", "genre de", "dans le style de",
            "maniera di", "alla maniera di",
        ]),
        (.inCollaborationWith, [
            "in collaboration with", "collaboration", "with", "in samenwerking met", "samenwerking", "met",
            "in zusammenarbeit mit", "zusammenarbeit", "mit", "en collaboration avec", "collaboration avec", "avec",
        ]),
    ]
}
