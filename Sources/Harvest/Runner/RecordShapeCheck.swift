import Model

/// The least a raw record must look like for its format before it is stored; anything else is quarantined.
enum RecordShapeCheck {
    static let lidoNamespace = "http://www.lido-schema.org"

    /// nil when the record is acceptable, else the reason.
    static func problem(format: RecordFormat, record node: XMLNode) -> String? {
        let rootName = node.localName
        let rootNamespace = node.namespaceURI
        switch format {
        case .lido:
            guard rootName == "lido" || rootName == "lidoWrap", rootNamespace == lidoNamespace else {
                return "expected a LIDO record (lido:lido in \(lidoNamespace)), found <\(rootName)> in \(rootNamespace ?? "no namespace")"
            }
            guard rootName == "lidoWrap" || node.child("lidoRecID") != nil else {
                return "LIDO record without lido:lidoRecID: it cannot be identified; ask the provider to fix the record"
            }
        case .edm:
            guard rootName == "RDF" else { return "expected an EDM record (rdf:RDF), found <\(rootName)>" }
        case .dc:
            guard rootName == "dc" else { return "expected an OAI Dublin Core record (oai_dc:dc), found <\(rootName)>" }
        default:
            break
        }
        return nil
    }
}
