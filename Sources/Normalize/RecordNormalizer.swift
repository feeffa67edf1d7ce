import Foundation
import Harvest
import Model
import Store

/// Applies a mapping to raw records: the declarative rules, the named parsers, vocabularies and authorities.
public struct RecordNormalizer: Sendable {
    public let mapping: Mapping
    public let authorities: AuthorityTable
    let memos = NormalizerMemos()

    public init(mapping: Mapping, authorities: AuthorityTable) {
        self.mapping = mapping
        self.authorities = authorities
    }

    /// Normalizes one raw record. Never throws: problems become a quarantine diagnostic or warnings on the record.
    /// A thread normalizing many records passes its own `workspace`, whose parser is reused.
    public func normalize(_ raw: RawRecord, harvestedAt: Date, workspace: NormalizerWorkspace? = nil) -> NormalizationOutcome {
        let key = raw.key
        let reader: any RecordReader
        do {
            switch mapping.kind {
            case .xml: reader = try XMLRecordReader(bytes: raw.content, mapping: mapping, parser: (workspace ?? NormalizerWorkspace()).xmlParser)
            case .json, .csv: reader = try JSONRecordReader(bytes: raw.content)
            }
        } catch {
            return .quarantined(Diagnostic(level: .error, source: key.source, recordID: key.recordID, field: nil, message: "the record cannot be read as \(mapping.kind.rawValue): \(error)"))
        }
        var builder = RecordBuilder(key: key, harvestedAt: harvestedAt, rawHash: raw.contentHash, normalizer: self)
        do {
            for field in MappingField.allCases {
                try builder.apply(field, rules: mapping.rules[field] ?? [], reader: reader)
            }
        } catch let error as RecordBuilder.FieldError {
            return .quarantined(Diagnostic(level: .error, source: key.source, recordID: key.recordID, field: error.field, message: error.message))
        } catch {
            return .quarantined(Diagnostic(level: .error, source: key.source, recordID: key.recordID, field: nil, message: "\(error)"))
        }
        let record = builder.finish()
        if record.titles.isEmpty {
            return .quarantined(Diagnostic(
                level: .error, source: key.source, recordID: key.recordID, field: "titles",
                message: "no title in any language; check the titles rules of \(mapping.file) against this record (oeuvre mapping try)"))
        }
        return .record(record)
    }
}

/// What one thread reuses from record to record: the XML parser (its context and name dictionary).
public final class NormalizerWorkspace {
    /// Records are parsed without indentation-only text nodes: a mapping never reads them.
    let xmlParser = XMLDocumentParser(droppingIndentation: true)

    public init() {}
}
