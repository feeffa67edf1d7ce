import Foundation

/// One source's folder of record files: a new file every `perFile` records, each with the format's header and
/// footer (`source-0001.xml`, …). Files of 500 JSON lines or CSV rows match the files transport's page size, so a
/// harvest reads each file once.
final class ChunkedOutput {
    private let folder: String
    private let stem: String
    private let fileExtension: String
    private let perFile: Int
    private let header: String
    private let footer: String
    private var sink: ByteSink?
    private var inFile = 0
    private var files = 0
    private(set) var records = 0

    init(folder: String, stem: String, fileExtension: String, perFile: Int, header: String, footer: String) {
        self.folder = folder
        self.stem = stem
        self.fileExtension = fileExtension
        self.perFile = perFile
        self.header = header
        self.footer = footer
    }

    func write(_ record: String) throws {
        if sink == nil || inFile == perFile {
            try closeFile()
            files += 1
            let number = String(files)
            let name = "\(stem)-\(String(repeating: "0", count: max(0, 5 - number.count)))\(number).\(fileExtension)"
            let opened = try ByteSink(path: (folder as NSString).appendingPathComponent(name))
            opened.write(header)
            sink = opened
            inFile = 0
        }
        sink?.write(record)
        inFile += 1
        records += 1
    }

    private func closeFile() throws {
        guard let sink else { return }
        sink.write(footer)
        try sink.close()
        self.sink = nil
    }

    func close() throws {
        try closeFile()
    }
}
