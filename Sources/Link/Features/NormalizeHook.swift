import Foundation
import Model
import Normalize

extension FeatureExtractor {
    /// The hook `oeuvre normalize` runs on every record it maps: the record's link features, stored with it, so a
    /// link run reads features instead of decoding records.
    public func normalizeHook() -> RecordFeatureHook {
        let memo = ExtractionMemo()
        let extractor = self
        return RecordFeatureHook(version: tables.fingerprint) { record in
            FeatureEncoding.encode(extractor.features(of: record, memo: memo))
        }
    }
}
