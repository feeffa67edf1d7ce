import Foundation
import Model

/// The least a raw record must look like for its format before it is stored; anything else is quarantined.
enum RecordShapeCheck {
    static let lidoNamespace = "http://www.lido-schema.org"

    /// nil when the record is acceptable, else the reason.
    static func problem(format: RecordFormat, record node: XMLNode) -> String? {
        problem(format: format, rootName: node.localName, rootNamespace: node.namespaceURI) {
            node.localName == "lidoWrap" || node.child("lidoRecID") != nil
        }
    }

    /// The same check on a record's bytes as sent (no tree built).
    static func problem(format: RecordFormat, rootName: String, rootNamespace: String?, bytes: [UInt8]) -> String? {
        problem(format: format, rootName: rootName, rootNamespace: rootNamespace) {
            rootName == "lidoWrap" || bytes.withUnsafeBytes { raw in
                raw.baseAddress.flatMap { ByteFind.find(Array("lidoRecID".utf8), in: $0, count: raw.count) } != nil
            }
        }
    }

    private static func problem(format: RecordFormat, rootName: String, rootNamespace: String?, hasRecordID: () -> Bool) -> String? {
        switch format {
        case .lido:
            guard rootName == "lido" || rootName == "lidoWrap", rootNamespace == lidoNamespace else {
                return "expected a LIDO record (lido:lido in \(lidoNamespace)), found <\(rootName)> in \(rootNamespace ?? "no namespace")"
            }
            guard hasRecordID() else {
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
