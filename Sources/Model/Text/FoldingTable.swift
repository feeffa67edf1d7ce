/// What ``TextFolding`` makes of each Latin letter and general punctuation mark, computed once from the Unicode
/// path itself (``TextFolding/foldScalars(_:)``), so the two cannot disagree.
struct FoldingTable: Sendable {
    struct Folded: Sendable {
        /// The scalar is white space: it joins a run that becomes one space.
        var isSpace: Bool
        var bytes: [UInt8]
    }

    static let shared = FoldingTable()
    static let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x2000...0x206F, 0x2212...0x2212]

    private var latin: [Folded?] = []
    private var punctuation: [Folded?] = []
    private var minus: Folded?

    private init() {
        latin = (0x80...0x2FF).map(Self.entry)
        punctuation = (0x2000...0x206F).map(Self.entry)
        minus = Self.entry(0x2212)
    }

    func folded(_ scalar: UInt32) -> Folded? {
        switch scalar {
        case 0x80...0x2FF: latin[Int(scalar - 0x80)]
        case 0x2000...0x206F: punctuation[Int(scalar - 0x2000)]
        case 0x2212: minus
        default: nil
        }
    }

    /// Letters, digits, punctuation, symbols and space separators only: controls, format characters and marks
    /// (which can join the character before them) are left to the Unicode path.
    private static func entry(_ value: UInt32) -> Folded? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .spaceSeparator:
            break
        default:
            return nil
        }
        let folded = TextFolding.foldScalars(String(Character(scalar)))
        let spaces = folded.filter { $0.isWhitespace || $0 == "\u{00A0}" }.count
        if !folded.isEmpty && spaces == folded.count { return Folded(isSpace: true, bytes: []) }
        guard spaces == 0, !folded.isEmpty else { return nil }
        return Folded(isSpace: false, bytes: Array(folded.utf8))
    }
}
