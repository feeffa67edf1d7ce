/// What an image reference points at.
public enum ImageKind: String, Codable, Sendable, Hashable, CaseIterable {
    case iiifImageService = "iiif_image_service"
    case iiifManifest = "iiif_manifest"
    case url
}

/// An image of the object.
public struct ImageReference: Codable, Sendable, Hashable {
    public var kind: ImageKind
    public var url: String
    public var origin: FieldOrigin?

    public init(kind: ImageKind, url: String, origin: FieldOrigin? = nil) {
        self.kind = kind
        self.url = url
        self.origin = origin
    }
}
