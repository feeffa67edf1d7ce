import Model

/// The names a query may use for an attribution qualifier, in the partners' languages (`qualifier:werkstatt`).
enum QualifierNames {
    /// Qualifier by folded name (underscores and hyphens read as spaces).
    static let byName: [String: AttributionQualifier] = {
        let names: [AttributionQualifier: [String]] = [
            .autograph: ["autograph", "autographe", "own hand", "eigenhandig", "original"],
            .attributedTo: ["attributed", "attributed to", "toegeschreven", "toegeschreven aan", "zugeschrieben", "attribue", "attribue a"],
            .workshopOf: ["workshop", "workshop of", "atelier", "atelier van", "atelier de", "werkstatt", "werkplaats"],
            .studioOf: ["studio", "studio of"],
            .circleOf: ["circle", "circle of", "kring", "kring van", "umkreis", "entourage", "entourage de"],
            .followerOf: ["follower", "follower of", "navolger", "navolger van", "nachfolger", "nachfolge", "suiveur"],
            .schoolOf: ["school", "school of", "school van", "schule", "ecole", "ecole de"],
            .after: ["after", "copy", "copy after", "naar", "kopie", "kopie naar", "nach", "kopie nach", "d'apres", "dapres", "apres", "copie", "copie d'apres"],
            .mannerOf: ["manner", "manner of", "manier", "manier van", "trant", "stijl", "art", "art des", "maniere", "style"],
            .inCollaborationWith: ["collaboration", "in collaboration with", "with", "samenwerking", "zusammenarbeit", "mit", "met"],
        ]
        var result: [String: AttributionQualifier] = [:]
        for (qualifier, list) in names {
            result[key(qualifier.rawValue)] = qualifier
            for name in list { result[key(name)] = qualifier }
        }
        return result
    }()

    /// The qualifier a name stands for, nil when unknown.
    static func qualifier(named name: String) -> AttributionQualifier? {
        byName[key(name)]
    }

    /// The English words a qualifier is indexed with, so free text (`Rubens workshop`) finds it in any language.
    static func words(_ qualifier: AttributionQualifier) -> String {
        switch qualifier {
        case .autograph: ""
        case .attributedTo: "attributed to"
        case .workshopOf: "workshop of"
        case .studioOf: "studio of"
        case .circleOf: "circle of"
        case .followerOf: "follower of"
        case .schoolOf: "school of"
        case .after: "after copy"
        case .mannerOf: "manner of"
        case .inCollaborationWith: "in collaboration with"
        }
    }

    /// The short names listed in error messages.
    static let listed = "autograph, attributed, workshop, studio, circle, follower, school, after, manner, collaboration"

    private static func key(_ name: String) -> String {
        TextFolding.fold(name).replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            .split(separator: " ").joined(separator: " ")
    }
}
