/// How firmly a work is given to an agent, as catalogues qualify attributions.
public enum AttributionQualifier: String, Codable, Sendable, CaseIterable, Hashable {
    case autograph
    case attributedTo = "attributed_to"
    case workshopOf = "workshop_of"
    case studioOf = "studio_of"
    case circleOf = "circle_of"
    case followerOf = "follower_of"
    case schoolOf = "school_of"
    case after
    case mannerOf = "manner_of"
    case inCollaborationWith = "in_collaboration_with"

    /// True for qualifiers that describe a work not by the agent's own hand (a copy, a follower's work).
    public var isDerivative: Bool {
        switch self {
        case .after, .followerOf, .mannerOf, .schoolOf, .circleOf: true
        default: false
        }
    }
}
