import Foundation
import Harvest
import Model
import Yams

/// Loads mapping files and validates them completely: unknown fields and keys, invalid XPaths, unregistered
/// namespace prefixes, unknown parsers and missing vocabulary files are errors naming the file, line and key.
public enum MappingLoader {
    static let topLevelKeys: Set<String> = ["format", "kind", "namespaces", "default_language", "extends", "fields", "description"]
    static let ruleKeys: Set<String> = ["each", "when", "value", "constant", "parse", "lookup", "fallback"]

    /// The mapping for a source: its own `mapping:` file if it names one, else `formats/<format>.yaml`.
    public static func load(for source: SourceDefinition, mappingsDirectory: String) throws -> Mapping {
        let relative = source.mapping ?? "formats/\(source.format.rawValue).yaml"
        return try load(file: (mappingsDirectory as NSString).appendingPathComponent(relative), mappingsDirectory: mappingsDirectory)
    }

    /// Loads one mapping file (following `extends:`), validated.
    public static func load(file: String, mappingsDirectory: String? = nil) throws -> Mapping {
        let directory = mappingsDirectory ?? Self.mappingsRoot(of: file)
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw MappingError(file: file, message: "cannot read the mapping file")
        }
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else { throw MappingError(file: file, message: "the mapping file is empty") }
            node = composed
        } catch let error as YamlError {
            throw MappingError(file: file, message: "not valid YAML: \(error)")
        }
        guard let top = node.mapping else { throw MappingError(file: file, line: line(node), message: "a mapping file is a YAML mapping (format, kind, namespaces, fields)") }
        for (key, _) in top {
            guard let name = key.string, topLevelKeys.contains(name) else {
                throw MappingError(file: file, line: line(key), key: key.string, message: "unknown key; valid keys: \(topLevelKeys.sorted().joined(separator: ", "))")
            }
        }
        var base: Mapping?
        if let extends = top["extends"]?.string {
            let path = (directory as NSString).appendingPathComponent(extends)
            base = try load(file: path, mappingsDirectory: directory)
        }
        let formatName = top["format"]?.string ?? base?.format.rawValue
        guard let formatName, let format = RecordFormat(rawValue: formatName) else {
            throw MappingError(file: file, line: line(top["format"] ?? node), key: "format", message: "format '\(top["format"]?.string ?? "")' is missing or unknown; valid formats: \(RecordFormat.validNames)")
        }
        let kindName = top["kind"]?.string ?? base?.kind.rawValue ?? defaultKind(format).rawValue
        guard let kind = Mapping.Kind(rawValue: kindName) else {
            throw MappingError(file: file, line: line(top["kind"] ?? node), key: "kind", message: "kind '\(kindName)' is unknown; valid kinds: xml, json, csv")
        }
        var namespaces = base?.namespaces ?? [:]
        if let mapping = top["namespaces"]?.mapping {
            for (prefix, uri) in mapping {
                guard let prefix = prefix.string, let uri = uri.string else { continue }
                namespaces[prefix] = uri
            }
        }
        var rules = base?.rules ?? [:]
        var vocabularies = base?.vocabularies ?? [:]
        var compiled = base?.compiled ?? [:]
        if let base, base.namespaces != namespaces {
            // The direct walk resolves prefixes when a path is compiled: the override's namespaces apply to all.
            compiled = try compiled.mapValues { try CompiledXPath($0.source, namespaces: namespaces) }
        }
        var fingerprintParts = [SHA256.hex(text), base?.fingerprint ?? ""]
        if let fields = top["fields"] {
            guard let fieldMapping = fields.mapping else { throw MappingError(file: file, line: line(fields), key: "fields", message: "'fields' maps schema fields to rules") }
            for (key, value) in fieldMapping {
                guard let name = key.string, let field = MappingField(rawValue: name) else {
                    throw MappingError(
                        file: file, line: line(key), key: "fields.\(key.string ?? "?")",
                        message: "unknown field; valid fields: \(MappingField.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                let ruleNodes = value.sequence.map(Array.init) ?? [value]
                var fieldRules: [FieldRule] = []
                for ruleNode in ruleNodes {
                    var rule = try parseRule(ruleNode, field: field, file: file, kind: kind, namespaces: namespaces, directory: directory, vocabularies: &vocabularies, compiled: &compiled, fingerprint: &fingerprintParts)
                    rule.resolveOrigins(parts: field.parts)
                    fieldRules.append(rule)
                }
                rules[field] = fieldRules
            }
        }
        // Every rule, the base's too, reads through this mapping's compiled paths.
        for (field, fieldRules) in rules {
            rules[field] = fieldRules.map { rule in
                var rule = rule
                rule.resolvePaths(compiled: compiled)
                return rule
            }
        }
        return Mapping(
            file: file, format: format, kind: kind, namespaces: namespaces,
            defaultLanguage: top["default_language"]?.string ?? base?.defaultLanguage, rules: rules, vocabularies: vocabularies,
            compiled: compiled, fingerprint: SHA256.hex(fingerprintParts.joined(separator: "|")))
    }

    private static func parseRule(
        _ node: Node, field: MappingField, file: String, kind: Mapping.Kind, namespaces: [String: String], directory: String,
        vocabularies: inout [String: Vocabulary], compiled: inout [String: CompiledXPath], fingerprint: inout [String]
    ) throws -> FieldRule {
        let keyPrefix = "fields.\(field.rawValue)"
        guard let mapping = node.mapping else {
            // A bare string is a path for the field's primary part.
            guard let path = node.string else { throw MappingError(file: file, line: line(node), key: keyPrefix, message: "a rule is a mapping (each, value, parse, …) or a path") }
            try checkPath(path, kind: kind, namespaces: namespaces, file: file, line: line(node), key: keyPrefix, compiled: &compiled)
            return FieldRule(each: nil, when: nil, parts: [field.primaryPart: path], constant: nil, parse: nil, lookup: nil, fallback: false, line: line(node))
        }
        var rule = FieldRule(each: nil, when: nil, parts: [:], constant: nil, parse: nil, lookup: nil, fallback: false, line: line(node))
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            let keyPath = "\(keyPrefix).\(name)"
            guard ruleKeys.contains(name) || field.parts.contains(name) else {
                throw MappingError(
                    file: file, line: line(key), key: keyPath,
                    message: "unknown key for \(field.rawValue); valid keys: \((ruleKeys.sorted() + field.parts).joined(separator: ", "))")
            }
            guard let text = value.string else {
                throw MappingError(file: file, line: line(value), key: keyPath, message: "the value must be a text (a path, a 'constant', a name)")
            }
            switch name {
            case "each":
                try checkPath(text, kind: kind, namespaces: namespaces, file: file, line: line(value), key: keyPath, compiled: &compiled)
                rule.each = text
            case "when":
                try checkPath(text, kind: kind, namespaces: namespaces, file: file, line: line(value), key: keyPath, compiled: &compiled)
                rule.when = text
            case "value":
                // `value` is the main value, except where the field has a part of that name (a measurement's value).
                try checkPath(text, kind: kind, namespaces: namespaces, file: file, line: line(value), key: keyPath, compiled: &compiled)
                rule.parts[field.parts.contains("value") ? "value" : field.primaryPart] = text
            case "constant":
                rule.constant = text
            case "fallback":
                rule.fallback = ["true", "yes"].contains(text.lowercased())
            case "parse":
                guard field.parsers.contains(text) else {
                    let valid = field.parsers.isEmpty ? "none for this field" : field.parsers.sorted().joined(separator: ", ")
                    throw MappingError(file: file, line: line(value), key: keyPath, message: "unknown parser '\(text)' for \(field.rawValue); valid: \(valid)")
                }
                rule.parse = text
            case "lookup":
                if vocabularies[text] == nil {
                    let path = (directory as NSString).appendingPathComponent("vocab/\(text).csv")
                    guard let csv = try? String(contentsOfFile: path, encoding: .utf8) else {
                        throw MappingError(file: file, line: line(value), key: keyPath, message: "the vocabulary file \(path) is missing; create it with the columns term,label,uri")
                    }
                    do {
                        vocabularies[text] = try Vocabulary(name: text, csv: csv)
                    } catch {
                        throw MappingError(file: file, line: line(value), key: keyPath, message: "\(path): \(error)")
                    }
                    fingerprint.append(SHA256.hex(csv))
                }
                rule.lookup = text
            default:
                try checkPath(text, kind: kind, namespaces: namespaces, file: file, line: line(value), key: keyPath, compiled: &compiled)
                rule.parts[name] = text
            }
        }
        if rule.parts.isEmpty && rule.constant == nil {
            throw MappingError(file: file, line: line(node), key: keyPrefix, message: "the rule gives no value: add `value:` (a path), a part (\(field.parts.joined(separator: ", "))) or `constant:`")
        }
        return rule
    }

    /// Checks a path: XPaths must compile and use only registered prefixes; constants in quotes pass.
    private static func checkPath(_ path: String, kind: Mapping.Kind, namespaces: [String: String], file: String, line: Int?, key: String, compiled: inout [String: CompiledXPath]) throws {
        if MappingValue.isConstant(path) { return }
        guard kind == .xml else {
            if path.isEmpty { throw MappingError(file: file, line: line, key: key, message: "empty path") }
            return
        }
        for prefix in prefixes(in: path) where namespaces[prefix] == nil && prefix != "xml" {
            throw MappingError(file: file, line: line, key: key, message: "the XPath \(path) uses the prefix '\(prefix):' that is not declared under namespaces")
        }
        if compiled[path] == nil {
            do {
                compiled[path] = try CompiledXPath(path, namespaces: namespaces)
            } catch {
                throw MappingError(file: file, line: line, key: key, message: "invalid XPath: \(path)")
            }
        }
    }

    /// Namespace prefixes in an XPath (`lido:` in `lido:title`), ignoring axes (`ancestor::`) and string literals.
    static func prefixes(in path: String) -> Set<String> {
        var result = Set<String>()
        var inQuote: Character?
        var token = ""
        var previous: Character = " "
        let characters = Array(path)
        for (index, character) in characters.enumerated() {
            if let quote = inQuote {
                if character == quote { inQuote = nil }
                previous = character
                continue
            }
            if character == "'" || character == "\"" {
                inQuote = character
                token = ""
            } else if character == ":" {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if next != ":" && previous != ":" && !token.isEmpty { result.insert(token) }
                token = ""
            } else if character.isLetter || character.isNumber || character == "_" || character == "-" || character == "." {
                token.append(character)
            } else {
                token = ""
            }
            previous = character
        }
        return result
    }

    private static func defaultKind(_ format: RecordFormat) -> Mapping.Kind {
        switch format {
        case .lido, .edm, .dc: .xml
        case .csv: .csv
        default: .json
        }
    }

    /// A mapping file's mappings folder: the folder above `formats/` or `overrides/`, else its own folder.
    private static func mappingsRoot(of file: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        return ["formats", "overrides", "sources"].contains(name) ? (folder as NSString).deletingLastPathComponent : folder
    }

    private static func line(_ node: Node?) -> Int? { node?.mark.map { $0.line } }
}
