/// How two records relate: the same physical object, or two distinct objects in a typed relation.
///
/// For directed relations the first record is the derived one (the copy, the study, the print, the version) and the
/// second the original.
public enum LinkRelation: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case sameObject = "same_object"
    case versionOf = "version_of"
    case copyAfter = "copy_after"
    case preparatoryStudyFor = "preparatory_study_for"
    case printAfter = "print_after"
    case pendant

    /// True when the order of the two records does not matter.
    public var isSymmetric: Bool { self == .sameObject || self == .pendant }

    public static func < (a: LinkRelation, b: LinkRelation) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The relation named as in links-csv and on the command line; nil for an unknown name.
    public init?(name: String) {
        self.init(rawValue: name.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    /// The valid names, for usage errors.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
