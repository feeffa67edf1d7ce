/// Builds a JSON object member by member, leaving out absent values and empty lists.
struct JSONObject {
    private(set) var members: [(String, JSONValue)] = []

    init() {}

    mutating func set(_ key: String, _ value: JSONValue?) {
        guard let value else { return }
        if case .array(let items) = value, items.isEmpty { return }
        members.append((key, value))
    }

    /// Adds the member even when it is an empty list.
    mutating func put(_ key: String, _ value: JSONValue) {
        members.append((key, value))
    }

    mutating func set(_ key: String, _ text: String?) {
        guard let text else { return }
        members.append((key, .string(text)))
    }

    mutating func set(_ key: String, _ items: [JSONValue]) {
        guard !items.isEmpty else { return }
        members.append((key, .array(items)))
    }

    var value: JSONValue { .object(members) }
}
