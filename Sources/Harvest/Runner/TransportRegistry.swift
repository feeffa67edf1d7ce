import Model

/// The protocol adapters by name: a new protocol is one type plus one entry here.
public enum TransportRegistry {
    public static func transport(for name: HarvestProtocol) -> any HarvestTransport {
        switch name {
        case .oaiPMH: OAIPMHTransport()
        case .jsonAPI: JSONAPITransport()
        case .iiif: IIIFTransport()
        case .linkedArt: LinkedArtTransport()
        case .sparql: SPARQLTransport()
        case .files: FileTransport()
        }
    }
}
