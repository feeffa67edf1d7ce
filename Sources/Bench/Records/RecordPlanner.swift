import Foundation

/// Decides which sources describe each object of a family, and the record ids and languages of those records:
/// every object held by a museum with its own source gets that museum's record; each aggregator describes an object
/// with its own probability; about 1% of aggregator records are duplicated within the aggregator.
struct RecordPlanner {
    let lineup: [CorpusSource]
    let ids: CorpusIdentifiers
    /// Europeana records so far (their local ids are drawn from it).
    private(set) var europeanaSerial = 0

    init(lineup: [CorpusSource], ids: CorpusIdentifiers) {
        self.lineup = lineup
        self.ids = ids
    }

    /// The records of each member of `family`, in member order; within a member, the museum record first.
    mutating func plan(_ family: CompositionFamily, random: inout Xoshiro256) -> [[PlannedRecord]] {
        family.artworks.enumerated().map { position, artwork in
            var records: [PlannedRecord] = []
            let museum = MuseumCatalog.all[artwork.museum]
            for (sourceIndex, source) in lineup.enumerated() {
                let present: Bool
                switch source.kind {
                case .museum(let index): present = index == artwork.museum
                case .europeana:
                    let delivers = lineup.contains { $0.kind == .museum(artwork.museum) }
                    present = random.chance(artwork.kind == .print ? 0.5 : delivers ? 0.72 : 0.62)
                case .rkd: present = artwork.inRKD
                case .wikidata: present = artwork.hasWikidataItem
                }
                guard present else { continue }
                let copies = source.kind.isAggregator && random.chance(0.01) ? 2 : 1
                for copy in 0..<copies {
                    let language = self.language(source, museum, &random)
                    records.append(PlannedRecord(
                        position: position, source: sourceIndex, recordID: recordID(source, artwork, museum, duplicate: copy == 1),
                        language: language, duplicate: copy == 1))
                }
            }
            return records
        }
    }

    /// The museums' abbreviations as Europeana local ids start (`kmska`, `pba_lille`).
    private static let europeanaPrefixes = MuseumCatalog.all.map { $0.abbreviation.lowercased().replacingOccurrences(of: " ", with: "_") }

    private func language(_ source: CorpusSource, _ museum: Museum, _ random: inout Xoshiro256) -> Language {
        switch source.kind {
        case .museum: return museum.language
        case .europeana:
            let roll = random.unit()
            if roll < 0.55 { return museum.language }
            if roll < 0.85 { return .en }
            return museum.language == .fr ? .de : .fr
        case .rkd: return random.chance(0.8) ? .en : .nl
        case .wikidata: return random.chance(0.7) ? .en : .de
        }
    }

    private mutating func recordID(_ source: CorpusSource, _ artwork: Artwork, _ museum: Museum, duplicate: Bool) -> String {
        switch source.kind {
        case .museum(let index):
            let number = ids.internalNumber(artwork.index)
            switch index {
            case 0: return "oai:datahub.vlaamsekunstcollectie.be:kmska.be:" + museum.inventory.canonical(artwork.inventoryNumber, suffix: artwork.inventorySuffix)
            case 1: return "DE-MUS-069123/lido/\(number)"
            case 2: return "https://pba.lille.fr/collections/oeuvre/\(number)"
            case 3: return "https://data.nationalgallery.org.uk/object/\(String(number, radix: 36))"
            default: return "DPG-OBJ-\(number)"
            }
        case .europeana:
            defer { europeanaSerial += 1 }
            let dataset = duplicate ? "2020601" : museum.europeanaDataset
            return "http://data.europeana.eu/item/\(dataset)/\(Self.europeanaPrefixes[artwork.museum])_\(ids.europeanaLocal(europeanaSerial))"
        case .rkd:
            return "https://rkd.nl/explore/images/\(ids.rkdImage(artwork.index, duplicate: duplicate))"
        case .wikidata:
            return ids.wikidataQ(artwork.index, duplicate: duplicate)
        }
    }
}

extension CorpusSource.Kind {
    var isAggregator: Bool {
        if case .museum = self { return false }
        return true
    }
}
