import Foundation
import Model

/// Data a later stage derives from every normalized record (the linker's features), computed while the record is
/// still in memory and stored with it, so that stage never decodes the record again.
public struct RecordFeatureHook: Sendable {
    /// Versions the data: appended to the record's fingerprint (raw hash and mapping hash).
    public var version: String
    public var derive: @Sendable (CatalogueRecord) -> Data

    public init(version: String, derive: @escaping @Sendable (CatalogueRecord) -> Data) {
        self.version = version
        self.derive = derive
    }
}
