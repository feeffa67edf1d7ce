/// Everything one source record says about its object, already phrased in the record's language and with the
/// record's variations (typos, rounded sizes, missing fields); the format writers only lay it out.
struct RecordFacts {
    var source: CorpusSource
    var recordID: String
    var language: Language
    /// Titles, preferred first; a nil language is a title the record does not tag.
    var titles: [(text: String, language: Language?)]
    var credits: [Credit]
    var date: StatedDate?
    var dimensions: StatedDimensions?
    var kind: Artwork.Kind
    var support: Artwork.Support
    var objectType: String
    var medium: String
    var mediumTerms: [String]
    var inventory: String?
    /// Iconclass notation and a label in the record's language.
    var subject: (iconclass: String, label: String)?
    var museum: Museum
    /// The institution name this record gives.
    var institution: String
    /// A Wikidata Q-id the record names for the object (sameAs / exactMatch / its own id).
    var wikidata: String?
    /// An RKD image number the record names.
    var rkdImage: Int?
    var related: RelatedStatement?
    var descriptions: [String]
    /// An image URL.
    var image: String?
    /// The object's running number and whether this record is a second record of it in the same source.
    var objectIndex: Int
    /// The holding museum's internal number for the object (its collection system's key).
    var internalNumber: Int
    var duplicate: Bool
}
