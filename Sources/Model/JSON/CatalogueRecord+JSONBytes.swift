import Foundation

// The record's JSON as the store keeps it, member by member in JSONEncoder's sorted-key order. A test compares
// these bytes with JSONEncoder's for every golden record and for a record with every field filled.

extension CatalogueRecord: JSONBytesWritable {
    /// The record's JSON, byte for byte what `JSONCoding.encoder()` writes.
    public var jsonText: String {
        var json = JSONBytes(capacity: 8192)
        write(to: &json)
        return json.text
    }

    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("agents", agents)
            json.member("date", date)
            json.member("descriptions", descriptions)
            json.member("dimensions", dimensions)
            json.member("harvestedAt", harvestedAt)
            json.member("identifiers", identifiers)
            json.member("images", images)
            json.member("institution", institution)
            json.member("inventoryNumber", inventoryNumber)
            json.member("key", key)
            json.member("materials", materials)
            json.member("objectTypes", objectTypes)
            json.member("provenance", provenance)
            json.member("rawHash", rawHash)
            json.member("relatedWorks", relatedWorks)
            json.member("rights", rights)
            json.member("sourceURL", sourceURL)
            json.member("subjects", subjects)
            json.member("techniques", techniques)
            json.member("titles", titles)
            json.member("warnings", warnings)
        }
    }
}

extension RecordKey: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("recordID", recordID)
            json.member("source", source.rawValue)
        }
    }
}

extension AgentCredit: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("authorityIDs", authorityIDs)
            json.member("display", display)
            json.member("name", name)
            json.member("origin", origin)
            json.member("qualifier", qualifier.rawValue)
            json.member("role", role)
        }
    }
}

extension Identifier: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("origin", origin)
            json.member("scheme", scheme.rawValue)
            json.member("value", value)
        }
    }
}

extension DateSpan: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("display", display)
            json.member("earliest", earliest)
            json.member("latest", latest)
            json.member("origin", origin)
        }
    }
}

extension LocalizedText: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("language", language)
            json.member("origin", origin)
            json.member("preferred", preferred)
            json.member("text", text)
        }
    }
}

extension Dimensions: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("depth", depth)
            json.member("display", display)
            json.member("height", height)
            json.member("origin", origin)
            json.member("part", part.rawValue)
            json.member("unit", unit)
            json.member("width", width)
        }
    }
}

extension ImageReference: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("kind", kind.rawValue)
            json.member("origin", origin)
            json.member("url", url)
        }
    }
}

extension Institution: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("name", name)
            json.member("origin", origin)
            json.member("uri", uri)
        }
    }
}

extension InventoryNumber: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("normalized", normalized)
            json.member("origin", origin)
            json.member("written", written)
        }
    }
}

extension Term: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("label", label)
            json.member("language", language)
            json.member("origin", origin)
            json.member("uri", uri)
        }
    }
}

extension Subject: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("iconclass", iconclass)
            json.member("label", label)
            json.member("language", language)
            json.member("origin", origin)
            json.member("uri", uri)
        }
    }
}

extension ProvenanceEntry: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("origin", origin)
            json.member("text", text)
        }
    }
}

extension RelatedWorkStatement: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("label", label)
            json.member("origin", origin)
            json.member("relation", relation)
            json.member("target", target)
        }
    }
}

extension Diagnostic: JSONBytesWritable {
    public func write(to json: inout JSONBytes) {
        json.object { json in
            json.member("field", field)
            json.member("level", level.rawValue)
            json.member("message", message)
            json.member("recordID", recordID)
            json.member("source", source.rawValue)
            json.member("value", value)
        }
    }
}
