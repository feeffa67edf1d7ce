import Foundation

/// The JSON encoders and decoders Oeuvre uses everywhere, so records round-trip exactly.
public enum JSONCoding {
    /// Sorted keys, ISO 8601 dates; compact.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension Date {
    /// Now, truncated to whole seconds: Oeuvre's timestamps are whole seconds so they round-trip through JSON.
    public static var oeuvreNow: Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }
}
