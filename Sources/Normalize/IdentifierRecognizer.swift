import Model

/// Recognizes the registry of an identifier from how it is written (URIs of Wikidata, RKD, ULAN, GND, VIAF, Europeana).
public enum IdentifierRecognizer {
    public static func recognize(_ text: String, origin: FieldOrigin? = nil) -> Identifier? {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return nil }
        let lower = value.lowercased()
        func last() -> String { String(value.split(separator: "/").last ?? Substring(value)) }
        if lower.contains("wikidata.org/") { return Identifier(scheme: .wikidata, value: last(), origin: origin) }
        if lower.contains("rkd.nl/"), lower.contains("/artists/") || lower.contains("/images/") || lower.contains("/explore/") {
            return Identifier(scheme: .rkd, value: last(), origin: origin)
        }
        if lower.contains("vocab.getty.edu/") && lower.contains("ulan/") { return Identifier(scheme: .ulan, value: last(), origin: origin) }
        if lower.contains("d-nb.info/gnd/") { return Identifier(scheme: .gnd, value: last(), origin: origin) }
        if lower.contains("viaf.org/viaf/") { return Identifier(scheme: .viaf, value: last(), origin: origin) }
        if lower.contains("data.europeana.eu/item/") {
            let path = value.components(separatedBy: "/item").last ?? value
            return Identifier(scheme: .europeana, value: path, origin: origin)
        }
        if value.range(of: #"^Q[0-9]+$"#, options: .regularExpression) != nil { return Identifier(scheme: .wikidata, value: value, origin: origin) }
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
