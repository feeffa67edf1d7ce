/// The facets results are counted by.
public enum FacetName: String, Codable, Sendable, CaseIterable, Hashable {
    case institution
    /// Object type, as the type vocabulary names it (`painting`, `oil sketch`).
    case type
    /// Attribution qualifier (`autograph`, `workshop_of`…).
    case qualifier
    /// Decades the work's date span overlaps (spans of at most 50 years), as `1610`.
    case decade
    /// `yes` when a record of the work has an image, else `no`.
    case image
    case source
}

/// One facet's values with the number of matching works that have each, most frequent first (decades in order).
public struct Facet: Codable, Sendable, Equatable {
    public var name: FacetName
    public var values: [FacetCount]

    public init(name: FacetName, values: [FacetCount]) {
        self.name = name
        self.values = values
    }

    /// The count of one value, 0 when no matching work has it.
    public func count(_ value: String) -> Int {
        values.first { $0.value == value }?.count ?? 0
    }
}

/// A facet value and how many matching works have it.
public struct FacetCount: Codable, Sendable, Equatable {
    public var value: String
    public var count: Int

    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}
