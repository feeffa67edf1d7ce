/// Where a normalized value came from: the source field (an XPath, a JSON path or a CSV column).
public typealias FieldOrigin = String
