import Model

/// A source definition that cannot be used: names the file, the line and the key.
public typealias SourceDefinitionError = FileLocatedError
