import Foundation

/// Reads values out of decoded JSON (`JSONSerialization` objects) by dotted paths such as `response.docs` or `items`.
enum JSONPath {
    static func value(_ path: String?, in object: Any?) -> Any? {
        guard let path, !path.isEmpty else { return object }
        var current = object
        for part in path.split(separator: ".") {
            if let dictionary = current as? [String: Any] {
                current = dictionary[String(part)]
            } else if let array = current as? [Any], let index = Int(part), array.indices.contains(index) {
                current = array[index]
            } else {
                return nil
            }
        }
        return current
    }

    static func string(_ path: String?, in object: Any?) -> String? {
        switch value(path, in: object) {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        case let array as [Any]: array.first.flatMap { string(nil, in: $0) }
        default: nil
        }
    }

    /// Canonical bytes of a JSON value (sorted keys), so an unchanged record hashes the same.
    static func canonicalBytes(_ object: Any) throws -> [UInt8] {
        [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]))
    }

    static func parse(_ bytes: [UInt8]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// A fetcher check that accepts only bodies that parse as JSON.
    static let check: @Sendable (HTTPResponse) -> PoliteFetcher.PageCheck = { response in
        if response.status == 304 { return .good }
        do {
            _ = try JSONSerialization.jsonObject(with: Data(response.body), options: [.fragmentsAllowed])
            return .good
        } catch {
            return .broken("the response is not JSON (Content-Type \(response.header("Content-Type") ?? "unknown"))")
        }
    }
}

/// Checkpoints of the JSON-based transports: a small Codable state as text.
enum CheckpointCoding {
    static func encode<T: Encodable>(_ value: T) -> String {
        (try? String(decoding: JSONEncoder().encode(value), as: UTF8.self)) ?? "{}"
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text, let data = text.data(using: .utf8) else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }
}
