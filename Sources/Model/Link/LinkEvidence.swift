/// One feature's part in a link's score: what was compared, what was found, and how much it moved the score.
public struct LinkEvidence: Codable, Sendable, Hashable {
    /// The feature (`inventory_number`, `title`, `date`, `dimensions`, `wikidata`, `curator`…).
    public var feature: String
    /// The values compared or found, readable (`"312" = "312"`, `1615–1620 overlaps 1618`).
    public var value: String
    /// The feature's contribution in log-odds (weight of evidence); negative evidence is below zero.
    public var contribution: Double

    public init(feature: String, value: String, contribution: Double) {
        self.feature = feature
        self.value = value
        self.contribution = contribution
    }
}
