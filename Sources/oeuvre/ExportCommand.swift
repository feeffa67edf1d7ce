import ArgumentParser
import Export
import Foundation
import Model
import Search

#if canImport(Glibc)
import Glibc
#endif

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the works a search finds (or everything) for spreadsheets, IIIF viewers, triple stores and network tools.",
        discussion: """
            Formats: csv (one row per work), csv-records (one row per record), jsonl (one normalized record per line), \
            linked-art (Linked Art JSON-LD, one document per record per line), iiif (a IIIF Presentation 3 Collection), \
            links-csv (one row per link), graphml (works and their relations). With --out FILE the provenance goes to \
            FILE.provenance.json; without, the export goes to standard output and its provenance to standard error. \
            Examples:
              oeuvre export --format csv --out rubens.csv 'creator:rubens'
              oeuvre export --format iiif --source kmska --has-image --out kmska.json
              oeuvre export --format links-csv > links.csv
            See README.md, "Export".
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The query, as for `oeuvre search` (quote it for the shell); leave it out to export everything.") var query: String?
    @Option(help: ArgumentHelp("The format: \(ExportFormat.names).", valueName: "format")) var format: String
    @Option(help: ArgumentHelp("Write to this file, and the provenance to FILE.provenance.json.", valueName: "file")) var out: String?
    @Flag(help: "CSV for Excel: a byte order mark, and cells that would run as a formula kept as text.") var excel = false
    @Option(help: ArgumentHelp("Only works with a record from this source (repeat for several).", valueName: "id")) var source: [String] = []
    @Option(help: ArgumentHelp("Only works held by an institution with these words in its name (repeat for several).", valueName: "words")) var institution: [String] = []
    @Option(help: ArgumentHelp("Only works credited to this agent (repeat for several).", valueName: "name")) var creator: [String] = []
    @Option(help: ArgumentHelp("Only works of this object type, in any language (repeat for several).", valueName: "type")) var type: [String] = []
    @Option(help: ArgumentHelp("Only works with an agent credited so: autograph, workshop, after, circle… (repeat for several).", valueName: "qualifier")) var qualifier: [String] = []
    @Option(help: ArgumentHelp("Only works dated in these years: 1615, 1610..1620, 1630.. (repeat for several).", valueName: "years")) var date: [String] = []
    @Flag(help: "Only works with an image.") var hasImage = false
    @Option(help: "Prefer titles in this language (de, nl, fr, en…) where one title is chosen.") var lang: String?
    @Option(help: ArgumentHelp("The base of the URIs the export mints (works, records, generated IIIF manifests).", valueName: "uri")) var baseURI = ExportOptions.defaultBaseURI

    func validate() throws {
        guard ExportFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; use one of \(ExportFormat.names)")
        }
        guard baseURI.lowercased().hasPrefix("http://") || baseURI.lowercased().hasPrefix("https://") else {
            throw ValidationError("--base-uri must be an http(s) URI, e.g. https://example.org/oeuvre/")
        }
    }

    func run() async throws {
        guard let format = ExportFormat(rawValue: format) else { throw ExitCode.validationFailure }
        ExportCommand.limitMallocArenas()
        let request = ExportRequest(
            query: query ?? "",
            filters: ExportFilters(sources: source, institutions: institution, creators: creator, types: type, qualifiers: qualifier, dates: date, hasImage: hasImage),
            format: format, options: ExportOptions(excel: excel, language: lang, baseURI: baseURI))
        let store = try global.openStore()
        let index = try SearchIndex(store: store, mappings: global.mappings)
        let provenance: ExportProvenance
        var fileSink: FileSink?
        do {
            fileSink = try out.map { try FileSink(path: $0) }
            provenance = try await Exporter(store: store, index: index).export(request, to: fileSink ?? StandardOutputSink())
        } catch let error as ExportError {
            fileSink?.discard()
            if let pointer = error.pointer {
                FileHandle.standardError.write(Data("error: \(error.message)\n\(pointer)\n".utf8))
                throw ExitCode(2)
            }
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            throw ExitCode(error.code == .filter ? 2 : 1)
        } catch {
            fileSink?.discard()
            throw error
        }
        if provenance.counts?.works == 0, try await index.statistics().works == 0 {
            FileHandle.standardError.write(Data("note: the search index is empty; `oeuvre index` builds it from the normalized records\n".utf8))
        }
        if let out {
            try provenance.writeSidecar(for: out)
            let counts = provenance.counts
            FileHandle.standardError.write(Data("""
                Exported \(counts?.works ?? 0) works (\(counts?.records ?? 0) records\(format == .linksCSV ? ", \(counts?.links ?? 0) links" : "")\(format == .graphml ? ", \(counts?.relations ?? 0) relations" : "")) to \(out) (\(format.rawValue)).
                Snapshot \(provenance.snapshot.id); provenance in \(ExportProvenance.sidecarPath(for: out)).

                """.utf8))
        } else {
            FileHandle.standardError.write(Data(try provenance.json().utf8))
        }
    }

    /// glibc gives each thread that allocates an arena of its own and keeps what is freed there; an export allocates
    /// on every thread of the pool for as long as it runs, so its peak memory crept up with its length (88 MB at
    /// 100,000 records, up to 127 MB at a million). Two arenas keep it where it starts. `mallopt` is looked up at run
    /// time: Swift's Glibc module does not export malloc.h. Elsewhere this does nothing.
    static func limitMallocArenas() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX in malloc.h
        if let symbol = dlsym(nil, "mallopt") {
            _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 2)
        }
        #endif
    }
}
