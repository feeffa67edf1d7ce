import Model

/// One source of the corpus: a museum's own catalogue or an aggregator, with its format and folder.
public struct CorpusSource: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A museum's own catalogue; the index is into ``MuseumCatalog/all``.
        case museum(Int)
        /// Europeana-like EDM from OAI-PMH: titles in the museum's language, English or French.
        case europeana
        /// RKD-like Linked Art: English (sometimes Dutch) titles, RKD image numbers.
        case rkd
        /// A Wikidata-like CSV export: English or German labels, Q-ids.
        case wikidata
    }

    /// The source id and folder name (`museum-a`, `europeana`, `rkd`, `wikidata`, `museum-b` …).
    public let id: String
    public let format: RecordFormat
    public let kind: Kind

    /// The `--institution` of the source's harvest: the museum, or the aggregator's name.
    public var institution: String {
        switch kind {
        case .museum(let index): MuseumCatalog.all[index].nativeName
        case .europeana: "Europeana"
        case .rkd: "RKD – Nederlands Instituut voor Kunstgeschiedenis"
        case .wikidata: "Wikidata"
        }
    }

    /// The sources of a corpus with `count` sources (2 to 8): museum-a, europeana, rkd, wikidata, museum-b,
    /// museum-c, museum-d, museum-e, in that order.
    public static func lineup(count: Int) -> [CorpusSource] {
        let all: [CorpusSource] = [
            CorpusSource(id: "museum-a", format: .lido, kind: .museum(0)),
            CorpusSource(id: "europeana", format: .edm, kind: .europeana),
            CorpusSource(id: "rkd", format: .linkedArt, kind: .rkd),
            CorpusSource(id: "wikidata", format: .csv, kind: .wikidata),
            CorpusSource(id: "museum-b", format: .lido, kind: .museum(1)),
            CorpusSource(id: "museum-c", format: .edm, kind: .museum(2)),
            CorpusSource(id: "museum-d", format: .linkedArt, kind: .museum(3)),
            CorpusSource(id: "museum-e", format: .csv, kind: .museum(4)),
        ]
        return Array(all.prefix(count))
    }
}
