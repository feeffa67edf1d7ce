/// A IIIF Image API service as a record names it (with or without `/info.json`).
struct IIIFImageService {
    /// The service's base URI, without `/info.json` or a trailing slash.
    let base: String

    init(_ url: String) {
        var base = URIText.cleaned(url)
        if base.hasSuffix("/info.json") { base.removeLast("/info.json".count) }
        while base.hasSuffix("/") { base.removeLast() }
        self.base = base
    }

    /// Version 3 when the URL says so (`/iiif/3/`, `/image/v3/`, `/iiif/image/3`), else version 2, which most
    /// museum image servers still speak.
    var version: Int {
        let lower = base.lowercased()
        return ["/iiif/3/", "/image/v3/", "/iiif/image/3/", "/v3/", "/iiif3/"].contains { lower.contains($0) } ? 3 : 2
    }

    /// The whole image at its full size (`full/max`, which Image API 2.1 and 3 both read).
    var fullImage: String { base + "/full/max/0/default.jpg" }
}
