import Foundation
import Model

/// `iiif`: a IIIF Presentation 3 Collection of the works' manifests, to open results side by side in a IIIF viewer.
///
/// A work whose record names a IIIF manifest is referenced by it; a work with only a IIIF image service or a plain
/// image gets a generated manifest, embedded in the Collection with its id under the base URI (where an HTTP API
/// serves it); works without images are left out. The Collection's `summary` and `metadata` carry the provenance.
struct IIIFCollectionWriter: WorkWriter {
    let language: String?
    var needs: WorkNeeds { [.decoded] }
    private var first = true
    private var builder: IIIFManifestBuilder?

    init(language: String?) {
        self.language = language
    }

    mutating func begin(_ context: ExportContext, into out: inout [UInt8]) {
        builder = IIIFManifestBuilder(uris: context.uris, language: language)
        let provenance = context.provenance
        let dates = ISO8601DateFormatter()
        var metadata: [JSONValue] = [
            IIIFText.entry("Snapshot", provenance.snapshot.id),
            IIIFText.entry("Snapshot digest (SHA-256)", provenance.snapshot.digest),
            IIIFText.entry("Exported", dates.string(from: provenance.exportedAt)),
            IIIFText.entry("Query", provenance.query.isEmpty ? "(all works)" : provenance.query),
            IIIFText.entry("Selection", provenance.selection),
            IIIFText.entry("Exported by", provenance.tool),
        ]
        for source in provenance.sources {
            let harvest = source.lastHarvest.map { "last harvest \(dates.string(from: $0)) (\(source.lastHarvestStatus ?? "unknown"))" } ?? "never harvested"
            metadata.append(IIIFText.entry("Source \(source.id)", "\(source.institution) — \(source.endpoint) — \(harvest)"))
        }
        let institutions = provenance.sources.map(\.institution)
        let head: [(String, JSONValue)] = [
            ("@context", .string("http://iiif.io/api/presentation/3/context.json")),
            ("id", .string(context.uris.collection(provenance.snapshot.id))),
            ("type", .string("Collection")),
            ("label", .object([("en", .array([.string("Oeuvre export: \(provenance.selection)")]))])),
            ("summary", .object([("en", .array([.string(provenance.citation)]))])),
            ("metadata", .array(metadata)),
            ("requiredStatement", .object([
                ("label", .object([("en", .array([.string("Attribution")]))])),
                ("value", .object([("en", .array([.string("Records from \(institutions.isEmpty ? "no source" : institutions.joined(separator: "; ")), linked and exported by \(provenance.tool).")]))])),
            ])),
        ]
        // Everything but the closing of `items` and of the Collection.
        var bytes = JSONValue.object(head + [("items", .array([]))]).bytes
        bytes.removeLast(2)
        out.append(contentsOf: bytes)
    }

    mutating func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws {
        let records = work.records.compactMap(\.record)
        let item: JSONValue
        if let manifest = records.lazy.compactMap(RecordText.manifestURL).first {
            item = .object([("id", .string(URIText.cleaned(manifest))), ("type", .string("Manifest")), ("label", IIIFText.workLabel(work, language: language))])
        } else if let generated = builder?.manifest(work) {
            item = generated
        } else {
            return
        }
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        item.write(to: &out)
    }

    func end(_ context: ExportContext, into out: inout [UInt8]) {
        out.append(contentsOf: Array("]}".utf8))
    }
}
