import Model

/// A mapping that cannot be used: names the file, the line and the key, and says what is wrong.
public typealias MappingError = FileLocatedError
