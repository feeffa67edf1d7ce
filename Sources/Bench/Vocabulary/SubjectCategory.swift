/// The kind of picture a subject makes, which decides its usual size, support and how often it is painted.
enum SubjectCategory: String, Sendable, CaseIterable {
    /// Large religious pictures (altarpieces).
    case altarpiece
    /// Religious pictures for private devotion and cabinet pieces.
    case devotional
    case mythology
    /// A portrait of a named or anonymous sitter; the title has a `{sitter}` placeholder.
    case portrait
    case landscape
    case stillLife
    case genre

    /// The range of heights in centimetres and of width-to-height ratios.
    var sizeRange: (height: ClosedRange<Double>, ratio: ClosedRange<Double>) {
        switch self {
        case .altarpiece: (190...460, 0.62...0.85)
        case .devotional: (45...170, 0.7...1.35)
        case .mythology: (90...260, 1.1...1.5)
        case .portrait: (60...145, 0.72...0.86)
        case .landscape: (38...120, 1.3...1.8)
        case .stillLife: (50...125, 1.2...1.6)
        case .genre: (25...95, 1.1...1.5)
        }
    }

    /// How often an original picture is of this kind.
    var weight: Double {
        switch self {
        case .altarpiece: 0.12
        case .devotional: 0.26
        case .mythology: 0.16
        case .portrait: 0.18
        case .landscape: 0.12
        case .stillLife: 0.07
        case .genre: 0.09
        }
    }
}
