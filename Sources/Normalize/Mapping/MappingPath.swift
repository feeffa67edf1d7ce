import Harvest

/// A path of a rule with its compiled XPath (XML mappings), resolved when the mapping loads: a record's values are
/// read without looking the path's text up for every value.
public struct MappingPath: Sendable {
    public let text: String
    let compiled: CompiledXPath?

    init(_ text: String, compiled: [String: CompiledXPath]) {
        self.text = text
        self.compiled = compiled[text]
    }
}
