import Foundation
import Model
import Store

/// Where an export came from, so that it can be cited and checked: the snapshot of the data, when it was made, what
/// was asked for, and per source the endpoint and the last harvest. Written beside the export as
/// `FILE.provenance.json`, and inside the formats that have room for it (IIIF metadata, GraphML graph data).
public struct ExportProvenance: Codable, Sendable, Equatable {
    /// The state of the data an export was made from.
    public struct Snapshot: Codable, Sendable, Equatable {
        /// The snapshot id: the first 16 hex digits of ``digest``. Equal data gives an equal id; any change to a
        /// record, a work, a link or a relation gives another.
        public var id: String
        /// SHA-256 of every record's key with its raw and mapping hashes, the work each record is in, every link
        /// with its score and decision, and every typed relation.
        public var digest: String
        /// The last link run: its number, when it finished and its own digest of the linked data.
        public var linkRun: LinkRun?
        /// The search index's generation (moves on with every index update) when the export began.
        public var indexGeneration: Int64
    }

    public struct LinkRun: Codable, Sendable, Equatable {
        public var id: Int64
        public var finishedAt: Date
        public var snapshot: String
    }

    /// A source's endpoint and harvests.
    public struct Source: Codable, Sendable, Equatable {
        public var id: String
        public var institution: String
        public var `protocol`: String
        public var format: String
        public var endpoint: String
        /// When the last harvest finished (or began, when it is still running), nil when never harvested.
        public var lastHarvest: Date?
        /// `succeeded`, `failed` or `running`.
        public var lastHarvestStatus: String?
        public var lastSuccessfulHarvest: Date?
        /// The source's normalized records in the store, and how many of them this export holds.
        public var recordsInStore: Int
        public var recordsExported: Int?
    }

    /// What the export holds, known once it has been written.
    public struct Counts: Codable, Sendable, Equatable {
        public var works: Int
        public var records: Int
        /// Links written (`links-csv`).
        public var links: Int?
        /// Relations written as edges (`graphml`).
        public var relations: Int?
    }

    /// The tool and its version (`Oeuvre 0.1.0`).
    public var tool: String
    public var snapshot: Snapshot
    public var exportedAt: Date
    /// The query as given (empty for everything).
    public var query: String
    public var filters: ExportFilters
    public var format: ExportFormat
    /// The base of the URIs the export minted.
    public var baseURI: String
    public var sources: [Source]
    public var counts: Counts?
    /// SHA-256 of the bytes written (the file as it is, byte order mark included), and their number.
    public var sha256: String?
    public var bytes: Int?
    /// A citation to copy into a bibliography or a data availability statement.
    public var citation: String

    /// The sidecar written beside an export file: `FILE.provenance.json`.
    public static func sidecarPath(for path: String) -> String {
        path + ".provenance.json"
    }

    /// The provenance as pretty JSON (sorted keys, ISO 8601 dates).
    public func json() throws -> String {
        String(decoding: try JSONCoding.encoder(pretty: true).encode(self), as: UTF8.self) + "\n"
    }

    /// Writes the sidecar for an export written to `path`.
    public func writeSidecar(for path: String) throws {
        let sidecar = Self.sidecarPath(for: path)
        do {
            try json().write(toFile: sidecar, atomically: true, encoding: .utf8)
        } catch {
            throw ExportError(.output, "cannot write \(sidecar): \(error.localizedDescription)")
        }
    }

    /// What was asked for, in words: `works matching “rubens” with source:kmska`, `all works`.
    public var selection: String {
        var parts: [String] = []
        let query = self.query.trimmingCharacters(in: .whitespacesAndNewlines)
        if !query.isEmpty { parts.append("matching “\(query)”") }
        let fields = filters.fields.map { "\($0.field):\($0.values.count == 1 ? $0.values[0] : "(" + $0.values.joined(separator: " OR ") + ")")" }
        if !fields.isEmpty { parts.append("with " + fields.joined(separator: " ")) }
        return parts.isEmpty ? "all works" : "works " + parts.joined(separator: " ")
    }

    /// The citation text: `Oeuvre 0.1.0, export of all works (csv), snapshot 1a2b…, exported 2026-…Z; sources: …`.
    static func citation(tool: String, selection: String, format: ExportFormat, snapshot: String, exportedAt: Date, sources: [Source]) -> String {
        let when = ISO8601DateFormatter().string(from: exportedAt)
        let listed = sources.map { source in
            let harvest = source.lastSuccessfulHarvest.map { "harvested \(ISO8601DateFormatter().string(from: $0))" } ?? "never harvested successfully"
            return "\(source.institution) (\(source.id), \(source.endpoint), \(harvest))"
        }
        return "\(tool), export of \(selection) (\(format.rawValue)), snapshot \(snapshot), exported \(when); sources: \(listed.isEmpty ? "none" : listed.joined(separator: "; "))."
    }
}
