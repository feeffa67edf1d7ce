/// A typed relation between two distinct objects of a composition family, as `truth.csv` names it.
///
/// Directed relations read from the derived object to the original (`copy_after`: the copy, then the original);
/// `pendant` is symmetric and listed once per pair.
enum ArtworkRelation: String, Sendable, CaseIterable {
    case copyAfter = "copy_after"
    case printAfter = "print_after"
    case preparatoryStudyFor = "preparatory_study_for"
    case versionOf = "version_of"
    case pendant
}
