import Model

/// Recognizes the registry of an identifier from how it is written (URIs of Wikidata, RKD, ULAN, GND, VIAF, Europeana).
public enum IdentifierRecognizer {
    public static func recognize(_ text: String, origin: FieldOrigin? = nil) -> Identifier? {
        let value = MappingValue.clean(text)
        guard !value.isEmpty else { return nil }
        let lower = value.lowercased()
        func has(_ needle: StaticString) -> Bool { ByteSearch.contains(lower, needle) }
        func last() -> String { String(value.split(separator: "/").last ?? Substring(value)) }
        if has("wikidata.org/") { return Identifier(scheme: .wikidata, value: last(), origin: origin) }
        if has("rkd.nl/"), has("/artists/") || has("/images/") || has("/explore/") {
            return Identifier(scheme: .rkd, value: last(), origin: origin)
        }
        if has("vocab.getty.edu/") && has("ulan/") { return Identifier(scheme: .ulan, value: last(), origin: origin) }
        if has("d-nb.info/gnd/") { return Identifier(scheme: .gnd, value: last(), origin: origin) }
        if has("viaf.org/viaf/") { return Identifier(scheme: .viaf, value: last(), origin: origin) }
        if has("data.europeana.eu/item/"), let range = value.range(of: "/item") {
            return Identifier(scheme: .europeana, value: String(value[range.upperBound...]), origin: origin)
        }
        if value.utf8.count > 1, value.utf8.first == UInt8(ascii: "Q"), value.utf8.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return Identifier(scheme: .wikidata, value: value, origin: origin)
        }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("urn:") { return Identifier(scheme: .uri, value: value, origin: origin) }
        if lower.hasPrefix("oai:") { return Identifier(scheme: .oai, value: value, origin: origin) }
        return Identifier(scheme: .local, value: value, origin: origin)
    }

    /// An identifier in a named scheme (`wikidata`, `rkd`, …), or recognized from the value when the name is unknown.
    public static func identifier(_ value: String, scheme: String?, origin: FieldOrigin?) -> Identifier? {
        if let scheme, let known = IdentifierScheme(rawValue: scheme.lowercased()) {
            let recognized = recognize(value, origin: origin)
            return recognized?.scheme == known ? recognized : Identifier(scheme: known, value: value, origin: origin)
        }
        return recognize(value, origin: origin)
    }
}
