/// The broad kind of object, as far as linking cares: a painting and a print after it are never one object.
public enum ObjectKind: String, Codable, Sendable, Hashable, CaseIterable {
    case painting
    case oilSketch = "oil_sketch"
    case drawing
    case print
    case sculpture
    case tapestry
    case unknown

    /// Kinds that prepare a composition (an oil sketch, a drawing).
    var isStudy: Bool { self == .oilSketch || self == .drawing }
}
