import Harvest

/// One way of filling a field: where its values come from and what to do with them.
///
/// Rules of a field are ordered fallbacks: the first rule that yields a value wins (for single fields), or every
/// rule contributes (for list fields) unless `fallback: true` says to use it only when the earlier ones gave nothing.
public struct FieldRule: Sendable {
    /// Selects the nodes the rule iterates over (XPath for XML, a path for JSON, nil: the record itself).
    public var each: String?
    /// Only nodes for which this path yields something (XPath: a true boolean) are used.
    public var when: String?
    /// Part name → path relative to each node; a value in single quotes is a constant.
    public var parts: [String: String]
    /// A fixed value for the primary part.
    public var constant: String?
    /// A named parser: date, dimensions, attribution, agent_name, inventory.
    public var parse: String?
    /// A vocabulary table (Mappings/vocab/NAME.csv) the primary value is looked up in.
    public var lookup: String?
    /// Use this rule only when the earlier rules of the field gave nothing.
    public var fallback: Bool
    /// Where the rule is written, for messages.
    public var line: Int?
    /// The source path each part's values come from (for provenance), worked out once when the mapping loads.
    var origins: [String: String] = [:]
    /// `each`, `when` and the parts' paths with their compiled XPaths (``resolvePaths(compiled:)``).
    var eachPath: MappingPath?
    var whenPath: MappingPath?
    var paths: [String: MappingPath] = [:]

    /// Fills ``eachPath``, ``whenPath`` and ``paths`` from the mapping's compiled XPaths.
    mutating func resolvePaths(compiled: [String: CompiledXPath]) {
        eachPath = each.map { MappingPath($0, compiled: compiled) }
        whenPath = when.map { MappingPath($0, compiled: compiled) }
        paths = parts.mapValues { MappingPath($0, compiled: compiled) }
    }

    /// Fills ``origins`` from `each`, the part paths and the constant.
    mutating func resolveOrigins(parts names: [String]) {
        for name in names {
            let path = constant != nil && parts[name] == nil ? "constant '\(constant ?? "")'" : (parts[name] ?? "")
            guard let each else {
                origins[name] = path
                continue
            }
            origins[name] = path == "." ? each : "\(each)/\(path)"
        }
    }
}
