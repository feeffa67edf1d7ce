import Model

/// What normalizing one raw record gave: a record (with warnings kept on it) or a reason to quarantine it.
public enum NormalizationOutcome: Sendable {
    case record(CatalogueRecord)
    case quarantined(Diagnostic)
}
