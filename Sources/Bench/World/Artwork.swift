import Model

/// One physical object of the corpus — the ground truth that source records describe.
public struct Artwork: Sendable {
    public enum Kind: String, Sendable {
        case painting, oilSketch, print
    }

    public enum Support: String, Sendable {
        case canvas, panel, copper, paper
    }

    /// The object's running number in the corpus (also keys its identifiers).
    public let index: Int
    /// Index into ``MuseumCatalog/all``.
    public let museum: Int
    /// The running inventory number and its letter suffix; ``InventoryStyle`` writes them.
    public let inventoryNumber: Int
    public let inventorySuffix: String
    public let subject: IconographicSubject
    /// The sitter named in a portrait title.
    public let sitter: String?
    /// True for the second portrait of a pendant pair (the title is the subject's pendant title).
    public let isPendantPartner: Bool
    public let kind: Kind
    public let support: Support
    /// The painter whose composition it is.
    public let artist: Artist
    /// How the object is attributed to ``artist``.
    public let qualifier: AttributionQualifier
    /// The engraver of a print.
    public let engraver: Artist?
    /// A named copyist of a copy.
    public let copyist: Artist?
    public let earliest: Int
    public let latest: Int
    /// Height and width in centimetres.
    public let height: Double
    public let width: Double
    /// Whether the object has a Wikidata item and an RKDimages record (before the corpus decides which sources exist).
    public let hasWikidataItem: Bool
    public let inRKD: Bool
}
