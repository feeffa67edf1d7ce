import CLibXML2
import Foundation

/// Reads an arbitrarily large XML document one element at a time (libxml2's xmlTextReader).
///
/// Memory stays flat: only the current subtree is expanded. No network, no DTDs, no entity substitution.
/// Errors are collected for this reader alone, never from libxml2's global state.
public final class XMLStreamReader {
    private let reader: xmlTextReaderPtr
    private let errors = ErrorSink()
    /// Bytes parsed from memory must outlive the reader.
    private let retainedBytes: UnsafeMutableRawBufferPointer?
    /// After ``skipSubtree()`` the reader already stands on the following node: the next read must not move.
    private var standsOnNextNode = false

    /// Streams a file from disk.
    public init(filePath: String) throws {
        // Check the prolog for a DOCTYPE before libxml2 reads any of it.
        guard let handle = FileHandle(forReadingAtPath: filePath) else {
            throw XMLError(code: .io, message: "cannot open \(filePath)")
        }
        let head = handle.readData(ofLength: 64 * 1024)
        try? handle.close()
        try head.withUnsafeBytes { try XMLSafety.checkProlog($0) }
        guard let reader = xmlReaderForFile(filePath, nil, XMLSafety.parserOptions) else {
            throw XMLError(code: .io, message: "libxml2 cannot open \(filePath)")
        }
        self.reader = reader
        self.retainedBytes = nil
        installErrorHandler()
    }

    /// Streams bytes held in memory (copied once and kept for the reader's lifetime).
    public init(bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try XMLSafety.checkProlog($0) }
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        bytes.withUnsafeBytes { copy.copyMemory(from: $0) }
        guard let reader = xmlReaderForMemory(copy.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, nil, XMLSafety.parserOptions) else {
            copy.deallocate()
            throw XMLError(code: .io, message: "libxml2 could not create a reader")
        }
        self.reader = reader
        self.retainedBytes = copy
        installErrorHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
        retainedBytes?.deallocate()
    }

    private func installErrorHandler() {
        xmlTextReaderSetStructuredErrorHandler(reader, xmlReaderErrorTrampoline, Unmanaged.passUnretained(errors).toOpaque())
    }

    private func failure() -> XMLError {
        errors.first ?? XMLError(code: .malformed, message: "not well-formed XML")
    }

    /// Advances to the start of the next element whose local name is in `names`, at any depth.
    /// Returns its local name, or nil at the end of the document.
    public func advance(toAnyOf names: Set<String>) throws -> String? {
        while true {
            guard try read() else { return nil }
            let type = xmlTextReaderNodeType(reader)
            if type == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
                throw XMLError(code: .forbiddenDTD, message: "the document declares a DOCTYPE; Oeuvre refuses DTDs")
            }
            guard type == Int32(XML_READER_TYPE_ELEMENT.rawValue), let name = xmlTextReaderConstLocalName(reader) else { continue }
            let localName = String(cString: name)
            if names.contains(localName) { return localName }
        }
    }

    /// An attribute of the current element, by its (qualified) name.
    public func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// The text content of the current element (reads its subtree).
    public func readString() throws -> String {
        guard let value = xmlTextReaderReadString(reader) else {
            if let error = errors.first { throw error }
            return ""
        }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// Expands the current element's subtree; the node is valid until the reader moves.
    public func expand() throws -> XMLNode {
        guard let node = xmlTextReaderExpand(reader) else { throw failure() }
        if let error = errors.first { throw error }
        return XMLNode(pointer: node, owner: self)
    }

    /// Skips past the current element's subtree.
    public func skipSubtree() throws {
        let status = xmlTextReaderNext(reader)
        if status < 0 { throw failure() }
        standsOnNextNode = status == 1
    }

    /// Moves to the next node of any kind; false at the end of the document.
    private func read() throws -> Bool {
        if standsOnNextNode {
            standsOnNextNode = false
            return true
        }
        let status = xmlTextReaderRead(reader)
        if status < 0 { throw failure() }
        if status == 0, let error = errors.first { throw error }
        return status == 1
    }

    /// Current line, for messages.
    public var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }
}

/// Collects the errors of one reader.
private final class ErrorSink {
    var first: XMLError?
}

private let xmlReaderErrorTrampoline: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let sink = Unmanaged<ErrorSink>.fromOpaque(userData).takeUnretainedValue()
    guard sink.first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    sink.first = XMLSafety.error(from: UnsafePointer(error), fallback: "not well-formed XML")
}
