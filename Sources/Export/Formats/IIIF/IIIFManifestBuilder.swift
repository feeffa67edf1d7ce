import Model

/// A minimal IIIF Presentation 3 Manifest for a work that has images but no manifest of its own: one Canvas per
/// image, each painted with the image (through its IIIF Image API service when there is one), sized in the
/// proportions of the object's dimensions (1,000 pixels on the long side) until a viewer reads the image's own.
struct IIIFManifestBuilder {
    let uris: ExportURIs
    let language: String?

    /// Nil when no record of the work has an image.
    func manifest(_ work: ExportWork) -> JSONValue? {
        let records = work.records.compactMap(\.record)
        var seen: Set<String> = []
        let images = records.flatMap(\.images).filter { $0.kind != .iiifManifest && seen.insert($0.url).inserted }
        guard !images.isEmpty else { return nil }
        let base = uris.manifest(work.id).replacingOccurrences(of: "/manifest.json", with: "")
        let (width, height) = Self.canvasSize(records)
        let canvases: [JSONValue] = images.enumerated().map { index, image in
            let canvas = "\(base)/canvas/\(index + 1)"
            var body = JSONObject()
            switch image.kind {
            case .iiifImageService:
                let service = IIIFImageService(image.url)
                body.set("id", service.fullImage)
                body.set("type", "Image")
                body.set("format", "image/jpeg")
                body.put("service", .array([service.version == 3
                    ? .object([("id", .string(service.base)), ("type", .string("ImageService3")), ("profile", .string("level0"))])
                    : .object([("@id", .string(service.base)), ("@type", .string("ImageService2")), ("profile", .string("http://iiif.io/api/image/2/level0.json"))])]))
            default:
                let url = URIText.cleaned(image.url)
                body.set("id", url)
                body.set("type", "Image")
                body.set("format", Self.format(url))
            }
            let annotation: JSONValue = .object([
                ("id", .string("\(canvas)/annotation/1")), ("type", .string("Annotation")), ("motivation", .string("painting")),
                ("body", body.value), ("target", .string(canvas)),
            ])
            return .object([
                ("id", .string(canvas)), ("type", .string("Canvas")), ("label", IIIFText.label("\(index + 1)", language: nil)),
                ("height", .integer(height)), ("width", .integer(width)),
                ("items", .array([.object([("id", .string("\(canvas)/page/1")), ("type", .string("AnnotationPage")), ("items", .array([annotation]))])])),
            ])
        }
        var manifest = JSONObject()
        manifest.set("id", uris.manifest(work.id))
        manifest.set("type", "Manifest")
        manifest.set("label", IIIFText.workLabel(work, language: language))
        manifest.set("metadata", IIIFText.metadata(work))
        let homepages: [JSONValue] = records.compactMap { record in
            guard let url = record.sourceURL, URIText.isHTTP(url) else { return nil }
            return .object([
                ("id", .string(URIText.cleaned(url))), ("type", .string("Text")),
                ("label", IIIFText.label(record.institution?.name ?? record.key.source.rawValue, language: nil)), ("format", .string("text/html")),
            ])
        }
        manifest.set("homepage", homepages)
        manifest.set("items", canvases)
        return manifest.value
    }

    /// Width and height in the proportions of the first record's height and width, 1,000 on the long side;
    /// 1,000 × 1,000 when no record gives both.
    static func canvasSize(_ records: [CatalogueRecord]) -> (width: Int, height: Int) {
        for record in records {
            for dimensions in record.dimensions where dimensions.part != .frame {
                guard let h = dimensions.height, let w = dimensions.width, h > 0, w > 0, h.isFinite, w.isFinite else { continue }
                return h >= w ? (max(1, Int((1000 * w / h).rounded())), 1000) : (1000, max(1, Int((1000 * h / w).rounded())))
            }
        }
        return (1000, 1000)
    }

    /// The media type an image URL's extension names; nil when it names none.
    static func format(_ url: String) -> String? {
        let path = url.split(separator: "?").first.map(String.init)?.lowercased() ?? ""
        let types = [".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".tif": "image/tiff", ".tiff": "image/tiff", ".webp": "image/webp"]
        return types.first { path.hasSuffix($0.key) }?.value
    }
}
