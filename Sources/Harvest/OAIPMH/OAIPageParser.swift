import Foundation
import Model

/// Reads an OAI-PMH response with the streaming reader, one `record` or `header` subtree at a time.
enum OAIPageParser {
    static let oaiNamespace = "http://www.openarchives.org/OAI/2.0/"

    /// Parses the page in `file`. Throws ``XMLError`` when the page is not well-formed XML or not OAI-PMH.
    static func parse(file: String, format: RecordFormat) throws -> OAIPage {
        try parse(reader: XMLStreamReader(filePath: file), format: format)
    }

    private static func parse(reader: XMLStreamReader, format: RecordFormat) throws -> OAIPage {
        var page = OAIPage()
        let names: Set<String> = ["OAI-PMH", "responseDate", "record", "header", "resumptionToken", "error"]
        while let name = try reader.advance(toAnyOf: names) {
            switch name {
            case "OAI-PMH":
                page.sawRoot = true
            case "responseDate":
                page.responseDate = try reader.readString().trimmingCharacters(in: .whitespacesAndNewlines)
            case "record":
                let node = try reader.expand()
                page.records.append(try record(from: node, format: format))
                try reader.skipSubtree()
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

    private static func record(from node: XMLNode, format: RecordFormat) throws -> OAIPage.Record {
        let header = node.child("header").map(header(from:)) ?? OAIPage.Header(identifier: nil, datestamp: nil, deleted: false)
        guard !header.deleted, let metadata = node.child("metadata"), let root = metadata.children.first else {
            return OAIPage.Record(header: header, metadata: nil, problem: nil)
        }
        if let problem = RecordShapeCheck.problem(format: format, record: root) {
            return OAIPage.Record(header: header, metadata: try root.serializedBytes(), problem: problem)
        }
        return OAIPage.Record(header: header, metadata: try root.serializedBytes(), problem: nil)
    }
}
