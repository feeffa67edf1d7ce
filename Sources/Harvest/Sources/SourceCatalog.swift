import Foundation
import Model
import Yams

/// Reads and validates the source definitions under `Mappings/sources/`.
public enum SourceCatalog {
    static let topLevelKeys: Set<String> = [
        "id", "institution", "protocol", "endpoint", "format", "mapping", "parameters", "politeness", "schedule", "api_key_env",
    ]
    static let parameterKeys: Set<String> = [
        "metadata_prefix", "set", "query", "page_size", "api_key_parameter", "items_path", "next_cursor_path", "cursor_parameter", "id_path",
    ]
    static let politenessKeys: Set<String> = ["requests_per_second", "parallel_connections", "timeout", "max_tries"]

    /// All source definitions in `mappingsDirectory/sources`, sorted by id. Throws on the first invalid file.
    public static func load(mappingsDirectory: String) throws -> [SourceDefinition] {
        let directory = (mappingsDirectory as NSString).appendingPathComponent("sources")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var definitions: [SourceDefinition] = []
        var seen: [SourceID: String] = [:]
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (directory as NSString).appendingPathComponent(name)
            let definition = try load(file: path)
            if let other = seen[definition.id] {
                throw SourceDefinitionError(file: path, key: "id", message: "source id '\(definition.id)' is also defined in \(other); ids must be unique")
            }
            seen[definition.id] = path
            definitions.append(definition)
        }
        return definitions.sorted { $0.id < $1.id }
    }

    /// One definition file, validated completely.
    public static func load(file path: String) throws -> SourceDefinition {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw SourceDefinitionError(file: path, message: "cannot read the file as UTF-8 text")
        }
        return try parse(text, file: path)
    }

    /// Parses and validates YAML text of a source definition.
    public static func parse(_ text: String, file: String) throws -> SourceDefinition {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw SourceDefinitionError(file: file, message: "the file is empty; a source needs at least id, institution, protocol, endpoint and format")
            }
            node = composed
        } catch let error as YamlError {
            throw SourceDefinitionError(file: file, message: "not valid YAML: \(error)")
        }
        guard let mapping = node.mapping else {
            throw SourceDefinitionError(file: file, line: line(of: node), message: "a source definition is a YAML mapping of keys to values")
        }
        try checkKeys(mapping, allowed: topLevelKeys, prefix: "", file: file)
        for (section, allowed) in [("parameters", parameterKeys), ("politeness", politenessKeys)] {
            if let child = mapping[section] {
                guard let childMapping = child.mapping else {
                    throw SourceDefinitionError(file: file, line: line(of: child), key: section, message: "'\(section)' must be a mapping")
                }
                try checkKeys(childMapping, allowed: allowed, prefix: section + ".", file: file)
            }
        }
        for required in ["id", "institution", "protocol", "endpoint", "format"] where mapping[required]?.string == nil {
            throw SourceDefinitionError(file: file, line: line(of: node), key: required, message: "the key '\(required)' is missing; every source needs id, institution, protocol, endpoint and format")
        }
        if let value = mapping["protocol"], let name = value.string, HarvestProtocol(rawValue: name) == nil {
            throw SourceDefinitionError(file: file, line: line(of: value), key: "protocol", message: "unknown protocol '\(name)'; valid protocols: \(HarvestProtocol.validNames)")
        }
        if let value = mapping["format"], let name = value.string, RecordFormat(rawValue: name) == nil {
            throw SourceDefinitionError(file: file, line: line(of: value), key: "format", message: "unknown format '\(name)'; valid formats: \(RecordFormat.validNames)")
        }
        if let value = mapping["id"], let id = value.string, !isSafeID(id) {
            throw SourceDefinitionError(file: file, line: line(of: value), key: "id", message: "source id '\(id)' must be lower-case letters, digits, '.', '_' or '-' (it names folders in the cache)")
        }
        if let value = mapping["endpoint"], let endpoint = value.string, !(endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://") || endpoint.hasPrefix("file://")) {
            throw SourceDefinitionError(file: file, line: line(of: value), key: "endpoint", message: "endpoint '\(endpoint)' must start with http://, https:// or file://")
        }
        do {
            var definition = try YAMLDecoder().decode(SourceDefinition.self, from: node)
            definition.file = file
            if definition.politeness.requestsPerSecond <= 0 || definition.politeness.parallelConnections < 1 || definition.politeness.maxTries < 1 {
                throw SourceDefinitionError(file: file, line: line(of: mapping["politeness"]), key: "politeness", message: "requests_per_second must be above 0, parallel_connections and max_tries at least 1")
            }
            return definition
        } catch let error as DecodingError {
            throw SourceDefinitionError(file: file, message: describe(error))
        }
    }

    /// Source ids name cache folders: no path separators, no dots at the start.
    public static func isSafeID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.count <= 64 else { return false }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-".unicodeScalars)
        return (first.properties.isLowercase || ("0"..."9").contains(Character(first))) && id.unicodeScalars.allSatisfy(allowed.contains)
    }

    private static func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, prefix: String, file: String) throws {
        for (key, _) in mapping {
            guard let name = key.string else { continue }
            if !allowed.contains(name) {
                throw SourceDefinitionError(
                    file: file, line: line(of: key), key: prefix + name,
                    message: "unknown key '\(prefix + name)'; valid keys here: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    private static func line(of node: Node?) -> Int? {
        node?.mark.map { $0.line }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "\(path.isEmpty ? "" : "key '\(path)': ")\(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
