/// One OAI-PMH response page as the streaming parser read it.
struct OAIPage: Sendable {
    struct Header: Sendable {
        var identifier: String?
        var datestamp: String?
        var deleted: Bool
    }

    struct Record: Sendable {
        var header: Header
        /// The metadata element serialized as a standalone XML document; nil for deleted records.
        var metadata: [UInt8]?
        /// Why the metadata is not a record of the expected format, if it is not.
        var problem: String?
    }

    var records: [Record] = []
    /// Headers of a ListIdentifiers page.
    var headers: [Header] = []
    var resumptionToken: String?
    var completeListSize: Int?
    var cursor: Int?
    var errorCode: String?
    var errorMessage: String?
    var responseDate: String?
    var sawRoot = false
}
