import Foundation
import Model
import Store

/// A local file or folder of records (`file://`), for dumps institutions hand over.
///
/// XML files may hold one record or many (a `lidoWrap`, an OAI-PMH response, an RDF dump): they are streamed and
/// split at the format's record element. JSON files hold one object, an array, or `items`; `.jsonl` one per line;
/// CSV files one record per row (id from the `id` column, else the first). Pages of up to 500 records.
public struct FileTransport: HarvestTransport {
    struct State: Codable {
        var files: [String]
        var fileIndex: Int
        /// Records of the current file already committed.
        var offset: Int
        var pages: Int
    }

    static let pageSize = 500

    /// The XML reader of the file being read, kept between pages so a big file is streamed once; a resumed run
    /// (new process) opens the file again and skips what was committed.
    private let openReader = OpenReader()

    public init() {}

    public func nextPage(after checkpoint: String?, context: HarvestContext) async throws -> TransportPage? {
        var state = try CheckpointCoding.decode(State.self, checkpoint) ?? State(files: listFiles(context), fileIndex: 0, offset: 0, pages: 0)
        guard state.fileIndex < state.files.count else { return nil }
        let path = state.files[state.fileIndex]
        let (records, quarantined, bytes, finished) = try read(path: path, skip: state.offset, context: context)
        state.pages += 1
        if finished {
            state.fileIndex += 1
            state.offset = 0
        } else {
            state.offset += records.count + quarantined.count
        }
        return TransportPage(records: records, quarantined: quarantined, checkpoint: CheckpointCoding.encode(state), bytes: bytes)
    }

    private func listFiles(_ context: HarvestContext) throws -> [String] {
        guard context.source.endpoint.hasPrefix("file://") else {
            throw HarvestError(code: .configuration, source: context.source.id, url: context.source.endpoint, message: "the files protocol needs a file:// endpoint")
        }
        let path = String(context.source.endpoint.dropFirst("file://".count)).removingPercentEncoding ?? ""
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw HarvestError(code: .configuration, source: context.source.id, url: context.source.endpoint, message: "no such file or folder: \(path)")
        }
        guard isDirectory.boolValue else { return [path] }
        let extensions: Set<String> = ["xml", "json", "jsonld", "jsonl", "csv"]
        let names = try FileManager.default.subpathsOfDirectory(atPath: path)
        return names.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted().map { (path as NSString).appendingPathComponent($0) }
    }

    private func read(path: String, skip: Int, context: HarvestContext) throws -> ([RawRecord], [QuarantineEntry], Int, Bool) {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "xml": return try readXML(path: path, skip: skip, context: context)
        case "csv": return try readCSV(path: path, skip: skip, context: context)
        default: return try readJSON(path: path, skip: skip, context: context, lines: ext == "jsonl")
        }
    }

    private func readXML(path: String, skip: Int, context: HarvestContext) throws -> ([RawRecord], [QuarantineEntry], Int, Bool) {
        let format = context.source.format
        let recordElement: Set<String> = format == .lido ? ["lido"] : format == .edm ? ["RDF"] : format == .dc ? ["dc"] : ["record"]
        let reader: XMLStreamReader
        var index: Int
        if let open = openReader.take(path: path, position: skip) {
            reader = open
            index = skip
        } else {
            reader = try XMLStreamReader(filePath: path)
            index = 0
        }
        var records: [RawRecord] = []
        var quarantined: [QuarantineEntry] = []
        var bytes = 0
        var pending = openReader.pendingElement(path: path)
        while true {
            if !pending, try reader.advance(toAnyOf: recordElement) == nil { break }
            pending = false
            defer { index += 1 }
            if index < skip {
                try reader.skipSubtree()
                continue
            }
            if records.count + quarantined.count >= Self.pageSize {
                // The reader stands on the next record: keep it for the next page.
                openReader.keep(reader, path: path, position: index)
                return (records, quarantined, bytes, false)
            }
            let node = try reader.expand()
            let document = try node.serializedBytes()
            bytes += document.count
            let id = Self.recordID(of: node, format: format) ?? "\((path as NSString).lastPathComponent)#\(index + 1)"
            let key = RecordKey(source: context.source.id, recordID: id)
            if let problem = RecordShapeCheck.problem(format: format, record: node) {
                quarantined.append(QuarantineEntry(key: key, stage: "harvest", field: nil, reason: problem, value: String(decoding: document.prefix(200), as: UTF8.self)))
            } else {
                records.append(RawRecord.unhashed(key: key, datestamp: nil, content: document, mediaType: format.mediaType, url: "file://" + path))
            }
            try reader.skipSubtree()
        }
        return (records, quarantined, bytes, true)
    }

    /// Holds one open reader between pages.
    final class OpenReader: @unchecked Sendable {
        private let lock = NSLock()
        private var reader: XMLStreamReader?
        private var path = ""
        private var position = -1
        private var onElement = false

        /// The open reader for `path` if it stands at record `position`.
        func take(path: String, position: Int) -> XMLStreamReader? {
            lock.withLock {
                guard let reader, self.path == path, self.position == position else {
                    self.reader = nil
                    onElement = false
                    return nil
                }
                self.reader = nil
                return reader
            }
        }

        /// Whether the reader just taken already stands on a record element (not yet advanced to).
        func pendingElement(path: String) -> Bool {
            lock.withLock {
                defer { onElement = false }
                return onElement && self.path == path
            }
        }

        func keep(_ reader: XMLStreamReader, path: String, position: Int) {
            lock.withLock {
                self.reader = reader
                self.path = path
                self.position = position
                onElement = true
            }
        }
    }

    /// LIDO: the preferred lidoRecID, else the first; EDM: the ProvidedCHO's rdf:about; else nil.
    static func recordID(of node: XMLNode, format: RecordFormat) -> String? {
        switch format {
        case .lido:
            let ids = node.children.filter { $0.localName == "lidoRecID" }
            let preferred = ids.first { $0.attribute("pref") == "preferred" } ?? ids.first
            return preferred.map(\.trimmedText).flatMap { $0.isEmpty ? nil : $0 }
        case .edm:
            return node.children.first { $0.localName == "ProvidedCHO" }?.attribute("about")
        default:
            return nil
        }
    }

    private func readJSON(path: String, skip: Int, context: HarvestContext, lines: Bool) throws -> ([RawRecord], [QuarantineEntry], Int, Bool) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var items: [Any] = []
        if lines {
            for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty { items.append(try JSONSerialization.jsonObject(with: Data(line))) }
        } else {
            let document = try JSONPath.parse([UInt8](data))
            if context.source.parameters.itemsPath == nil, Self.isSingleRecord(document, format: context.source.format) {
                // A IIIF manifest's or a Linked Art object's `items` are its canvases or parts, not records.
                items = [document]
            } else {
                items = (document as? [Any]) ?? (JSONPath.value(context.source.parameters.itemsPath ?? "items", in: document) as? [Any]) ?? [document]
            }
        }
        return try page(items: items, skip: skip, path: path, bytes: data.count, context: context) { item in
            JSONPath.string(context.source.parameters.idPath, in: item) ?? JSONPath.string("id", in: item) ?? JSONPath.string("@id", in: item)
        }
    }

    /// True for a document that is one record of its format: a IIIF manifest, a Linked Art object.
    static func isSingleRecord(_ document: Any, format: RecordFormat) -> Bool {
        guard let object = document as? [String: Any] else { return false }
        let type = (object["type"] as? String) ?? (object["@type"] as? String) ?? ""
        switch format {
        case .iiif: return type == "Manifest" || type == "sc:Manifest"
        case .linkedArt: return type == "HumanMadeObject" || type == "crm:E22_Human-Made_Object"
        default: return false
        }
    }

    private func readCSV(path: String, skip: Int, context: HarvestContext) throws -> ([RawRecord], [QuarantineEntry], Int, Bool) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rows = CSVRows.parse(text)
        guard let header = rows.first else { return ([], [], 0, true) }
        let items: [Any] = rows.dropFirst().filter { !$0.allSatisfy(\.isEmpty) }.map { row in
            Dictionary(uniqueKeysWithValues: zip(header, row + Array(repeating: "", count: max(0, header.count - row.count))).map { ($0, $1) }) as [String: String]
        }
        let idColumn = context.source.parameters.idPath ?? (header.contains("id") ? "id" : header[0])
        return try page(items: items, skip: skip, path: path, bytes: text.utf8.count, context: context) { item in
            (item as? [String: String])?[idColumn].flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    private func page(items: [Any], skip: Int, path: String, bytes: Int, context: HarvestContext, id: (Any) -> String?) throws -> ([RawRecord], [QuarantineEntry], Int, Bool) {
        let slice = items.dropFirst(skip).prefix(Self.pageSize)
        var records: [RawRecord] = []
        var quarantined: [QuarantineEntry] = []
        for (offset, item) in slice.enumerated() {
            let position = skip + offset + 1
            guard let recordID = id(item) else {
                quarantined.append(QuarantineEntry(
                    key: RecordKey(source: context.source.id, recordID: "\((path as NSString).lastPathComponent)#\(position)"), stage: "harvest",
                    field: context.source.parameters.idPath ?? "id", reason: "the record has no identifier; set parameters.id_path to the field that holds it", value: nil))
                continue
            }
            records.append(RawRecord(key: RecordKey(source: context.source.id, recordID: recordID), datestamp: nil, content: try JSONPath.canonicalBytes(item), mediaType: context.source.format == .csv ? "text/csv" : context.source.format.mediaType, url: "file://" + path))
        }
        return (records, quarantined, skip == 0 ? bytes : 0, skip + slice.count >= items.count)
    }
}

/// RFC 4180 CSV rows: quoted fields, doubled quotes, newlines inside quotes.
public enum CSVRows {
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r": continue
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            case "\u{FEFF}" where rows.isEmpty && row.isEmpty && field.isEmpty: continue
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
