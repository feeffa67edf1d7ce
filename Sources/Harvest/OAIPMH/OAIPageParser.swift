import Foundation
import Model

/// Reads an OAI-PMH response with the streaming reader, one `record` or `header` subtree at a time.
enum OAIPageParser {
    static let oaiNamespace = "http://www.openarchives.org/OAI/2.0/"

    /// Parses the page in `file`. Throws ``XMLError`` when the page is not well-formed XML or not OAI-PMH.
    static func parse(file: String, format: RecordFormat) throws -> OAIPage {
        let reader = try XMLStreamReader(filePath: file)
        var slicer = try RecordSlicer(file: file)
        return try parse(reader: reader, slicer: &slicer, format: format)
    }

    private static func parse(reader: XMLStreamReader, slicer: inout RecordSlicer, format: RecordFormat) throws -> OAIPage {
        var page = OAIPage()
        let names: Set<String> = ["OAI-PMH", "responseDate", "record", "header", "resumptionToken", "error"]
        while let name = try reader.advance(toAnyOf: names) {
            switch name {
            case "OAI-PMH":
                page.sawRoot = true
                slicer.envelopePrefixes.formUnion(reader.declaredPrefixes())
            case "responseDate":
                page.responseDate = try reader.readString().trimmingCharacters(in: .whitespacesAndNewlines)
            case "record":
                page.records.append(try record(reader: reader, slicer: &slicer, format: format))
            case "header":
                // Only ListIdentifiers has headers outside records (record subtrees are skipped whole).
                page.headers.append(header(from: try reader.expand()))
                try reader.skipSubtree()
            case "resumptionToken":
                page.completeListSize = reader.attribute("completeListSize").flatMap { Int($0) }
                page.cursor = reader.attribute("cursor").flatMap { Int($0) }
                let token = try reader.readString().trimmingCharacters(in: .whitespacesAndNewlines)
                page.resumptionToken = token.isEmpty ? nil : token
            case "error":
                page.errorCode = reader.attribute("code")
                page.errorMessage = try reader.readString().trimmingCharacters(in: .whitespacesAndNewlines)
            default:
                break
            }
        }
        guard page.sawRoot else {
            throw XMLError(code: .malformed, message: "the response is XML but not OAI-PMH (no OAI-PMH root element)")
        }
        return page
    }

    private static func header(from node: XMLNode) -> OAIPage.Header {
        OAIPage.Header(
            identifier: node.child("identifier").map(\.trimmedText),
            datestamp: node.child("datestamp").map(\.trimmedText),
            deleted: node.attribute("status") == "deleted")
    }

    /// Reads one `record`: its header as a small tree; its metadata element cut from the page's bytes as sent when
    /// that is safe (no tree is built for it), else expanded and written out with the namespaces it inherits.
    private static func record(reader: XMLStreamReader, slicer: inout RecordSlicer, format: RecordFormat) throws -> OAIPage.Record {
        let recordDepth = reader.depth
        var header = OAIPage.Header(identifier: nil, datestamp: nil, deleted: false)
        slicer.envelopePrefixes.formUnion(reader.declaredPrefixes())
        if reader.isEmptyElement { return OAIPage.Record(header: header, metadata: nil, problem: nil) }
        var metadata: [UInt8]?
        var problem: String?
        while try reader.read() {
            if reader.isElementEnd && reader.depth == recordDepth { break }
            guard reader.isElementStart else { continue }
            if reader.depth == recordDepth + 1 && reader.localName == "header" {
                header = Self.header(from: try reader.expand())
                try reader.skipSubtree()
            } else if reader.depth == recordDepth + 1 && reader.localName == "metadata" {
                slicer.envelopePrefixes.formUnion(reader.declaredPrefixes())
            } else if reader.depth == recordDepth + 2, metadata == nil, !header.deleted {
                (metadata, problem) = try Self.metadata(reader: reader, slicer: &slicer, format: format)
                try reader.skipSubtree()
            }
        }
        return OAIPage.Record(header: header, metadata: metadata, problem: problem)
    }

    /// The metadata's root element as standalone bytes, and why it is not a record of the format, if it is not.
    private static func metadata(reader: XMLStreamReader, slicer: inout RecordSlicer, format: RecordFormat) throws -> ([UInt8], String?) {
        let name = reader.localName
        let namespace = reader.namespaceURI
        if let bytes = slicer.next(qualifiedName: reader.qualifiedName) {
            return (bytes, RecordShapeCheck.problem(format: format, rootName: name, rootNamespace: namespace, bytes: bytes))
        }
        let root = try reader.expand()
        return (try root.serializedBytes(), RecordShapeCheck.problem(format: format, record: root))
    }

}
