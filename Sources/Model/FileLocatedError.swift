/// A problem in a file a person edits (a source definition, a mapping): names the file, the line and the key, and
/// says what is wrong and what to write instead.
public struct FileLocatedError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var key: String?
    public var message: String

    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let key { location += " (\(key))" }
        return "\(location): \(message)"
    }
}
