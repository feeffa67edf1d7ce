import Model

/// One physical object of the corpus — the ground truth that source records describe.
struct Artwork: Sendable {
    enum Kind: String, Sendable {
        case painting, oilSketch, print
    }

    enum Support: String, Sendable {
        case canvas, panel, copper, paper
    }

    /// The object's running number in the corpus (also keys its identifiers).
    let index: Int
    /// Index into ``MuseumCatalog/all``.
    let museum: Int
    /// The running inventory number and its letter suffix; ``InventoryStyle`` writes them.
    let inventoryNumber: Int
    let inventorySuffix: String
    let subject: IconographicSubject
    /// The sitter named in a portrait title.
    let sitter: String?
    /// True for the second portrait of a pendant pair (the title is the subject's pendant title).
    let isPendantPartner: Bool
    let kind: Kind
    let support: Support
    /// The painter whose composition it is.
    let artist: Artist
    /// How the object is attributed to ``artist``.
    let qualifier: AttributionQualifier
    /// The engraver of a print.
    let engraver: Artist?
    /// A named copyist of a copy.
    let copyist: Artist?
    let earliest: Int
    let latest: Int
    /// Height and width in centimetres.
    let height: Double
    let width: Double
    /// Whether the object has a Wikidata item and an RKDimages record (before the corpus decides which sources exist).
    let hasWikidataItem: Bool
    let inRKD: Bool
}
