import Harvest
import Model

/// A loaded, validated mapping: how records of one format (optionally for one source) become catalogue records.
public struct Mapping: Sendable {
    /// How raw records are read.
    public enum Kind: String, Sendable { case xml, json, csv }

    public var file: String
    public var format: RecordFormat
    public var kind: Kind
    /// XML namespace prefixes usable in XPaths.
    public var namespaces: [String: String]
    /// A language for texts that carry none.
    public var defaultLanguage: String?
    public var rules: [MappingField: [FieldRule]]
    /// Vocabulary tables by name, loaded from the mappings folder.
    public var vocabularies: [String: Vocabulary]
    /// XPaths compiled once, by source text.
    var compiled: [String: CompiledXPath]
    /// SHA-256 of the mapping files (base and override) and their vocabularies: a change re-normalizes.
    public var fingerprint: String
}
