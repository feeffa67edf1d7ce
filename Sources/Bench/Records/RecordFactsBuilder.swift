import Foundation
import Model

/// Phrases one object for one record of one source: the record's language, its choice of name forms, its date and
/// size styles, what it leaves out, a typo now and then, and sometimes a statement of how the object relates to
/// another of its family.
struct RecordFactsBuilder {
    let ids: CorpusIdentifiers

    func build(_ plan: PlannedRecord, family: CompositionFamily, source: CorpusSource, random: inout Xoshiro256) -> RecordFacts {
        let artwork = family.artworks[plan.position]
        let museum = MuseumCatalog.all[artwork.museum]
        let language = plan.language
        let isMuseum = !source.kind.isAggregator

        var titles: [(text: String, language: Language?)] = []
        if artwork.kind == .print && random.chance(0.2) {
            titles.append((Self.title(artwork, .la, standard: true, &random).uppercased(), .la))
        } else {
            titles.append((Self.title(artwork, language, standard: isMuseum, &random), language))
        }
        if random.chance(0.05) { titles[0].text = Typo.apply(titles[0].text, &random) }
        if source.kind == .europeana && random.chance(0.3) {
            let second: Language = language == .en ? museum.language : .en
            titles.append((Self.title(artwork, second, standard: true, &random), second))
        }

        let date = random.chance(isMuseum ? 0.04 : 0.1) ? nil : DateStyler.state(
            earliest: artwork.earliest, latest: artwork.latest, language: language,
            vague: artwork.kind == .painting && artwork.qualifier == .after, random: &random)
        var dimensions = random.chance(isMuseum ? 0.05 : 0.15) ? nil : DimensionStyler.state(
            height: artwork.height, width: artwork.width, language: language, rounded: random.chance(isMuseum ? 0.1 : 0.35),
            inches: source.kind == .wikidata && random.chance(0.2), print: artwork.kind == .print && random.chance(0.5),
            random: &random)
        if source.kind == .europeana, random.chance(0.15) { dimensions?.separateExtents = true }
        let medium = Phrasebook.medium(artwork.support, language)
        let related = self.related(plan.position, family: family, language: language, random: &random)
        var descriptions: [String] = []
        if let related, source.format != .lido || random.chance(0.3) { descriptions.append(related.sentence) }

        return RecordFacts(
            source: source, recordID: plan.recordID, language: language, titles: titles,
            credits: credits(artwork, source: source, language: language, random: &random),
            date: date, dimensions: dimensions, kind: artwork.kind, support: artwork.support,
            objectType: Phrasebook.objectType(artwork.kind, language, &random), medium: medium.display,
            mediumTerms: medium.terms, inventory: inventory(artwork, museum, source: source, random: &random),
            subject: subject(artwork, source: source, language: language, random: &random), museum: museum,
            institution: institution(museum, source: source, language: language, random: &random),
            wikidata: (source.kind == .europeana || source.kind == .rkd || source.kind == .museum(3)) && artwork.hasWikidataItem && random.chance(0.3)
                ? ids.wikidataQ(artwork.index) : nil,
            rkdImage: source.kind == .wikidata && artwork.inRKD && random.chance(0.5) ? ids.rkdImage(artwork.index) : nil,
            related: related, descriptions: descriptions, image: isMuseum || random.chance(0.5) ? "https://\(museum.domain)/images/\(ids.internalNumber(artwork.index)).jpg" : nil,
            objectIndex: artwork.index, internalNumber: ids.internalNumber(artwork.index), duplicate: plan.duplicate)
    }

    /// The title of `artwork` in `language`: the usual form, or (when not `standard`) sometimes a variant.
    static func title(_ artwork: Artwork, _ language: Language, standard: Bool, _ random: inout Xoshiro256) -> String {
        let table = artwork.isPendantPartner ? (artwork.subject.pendantTitle ?? artwork.subject.title) : artwork.subject.title
        let forms = table.forms(language)
        let text = standard || forms.count == 1 || random.chance(0.5) ? forms[0] : forms[random.below(forms.count)]
        guard let sitter = artwork.sitter, text.utf8.contains(UInt8(ascii: "{")) else { return text }
        return text.replacingOccurrences(of: "{sitter}", with: sitter)
    }

    private func credits(_ artwork: Artwork, source: CorpusSource, language: Language, random: inout Xoshiro256) -> [Credit] {
        if artwork.kind == .print, let engraver = artwork.engraver {
            return [
                credit(engraver, .autograph, .engraver, source: source, language: language, random: &random),
                credit(artwork.artist, .after, .designer, source: source, language: language, random: &random),
            ]
        }
        var qualifier = artwork.qualifier
        if source.kind.isAggregator {
            // Catalogues disagree: a few aggregator records qualify an attribution differently.
            if qualifier == .autograph && random.chance(0.05) { qualifier = .attributedTo }
            else if qualifier == .attributedTo && random.chance(0.5) { qualifier = .autograph }
            else if qualifier == .workshopOf && random.chance(0.1) { qualifier = .autograph }
        }
        var credits = [credit(artwork.artist, qualifier, .painter, source: source, language: language, random: &random)]
        if let copyist = artwork.copyist, random.chance(0.6) {
            credits.insert(credit(copyist, .autograph, .painter, source: source, language: language, random: &random), at: 0)
        }
        return credits
    }

    private func credit(_ artist: Artist, _ qualifier: AttributionQualifier, _ role: Phrasebook.Role, source: CorpusSource, language: Language, random: inout Xoshiro256) -> Credit {
        let name: String
        switch source.kind {
        case .museum: name = random.chance(0.7) ? artist.forms[0] : random.pick(artist.forms)
        case .rkd: name = random.chance(0.6) ? artist.forms[0] : random.pick(artist.forms)
        case .wikidata: name = random.chance(0.7) ? artist.plainName : random.pick(artist.forms)
        case .europeana: name = random.pick(artist.forms)
        }
        var uris: [String] = []
        let givesIDs = source.kind == .rkd || random.chance(0.5)
        if givesIDs, let rkd = artist.rkd { uris.append("https://rkd.nl/explore/artists/\(rkd)") }
        if givesIDs, let ulan = artist.ulan, source.kind != .rkd { uris.append("http://vocab.getty.edu/ulan/\(ulan)") }
        if givesIDs, let q = artist.wikidata, random.chance(0.5) { uris.append("http://www.wikidata.org/entity/\(q)") }
        return Credit(
            artist: artist, name: name, qualifier: qualifier, qualifierPhrase: Phrasebook.qualifier(qualifier, language, print: role == .designer, &random),
            role: Phrasebook.role(role, language), authorityURIs: uris)
    }

    private func inventory(_ artwork: Artwork, _ museum: Museum, source: CorpusSource, random: inout Xoshiro256) -> String? {
        let canonical = museum.inventory.canonical(artwork.inventoryNumber, suffix: artwork.inventorySuffix)
        let variantChance: Double
        switch source.kind {
        case .museum: return canonical
        case .europeana: variantChance = 0.6
        case .rkd: variantChance = 0.3
        case .wikidata: variantChance = 0.2
        }
        if random.chance(0.1) { return nil }
        return random.chance(variantChance) ? museum.inventory.variant(artwork.inventoryNumber, suffix: artwork.inventorySuffix, random: &random) : canonical
    }

    private func subject(_ artwork: Artwork, source: CorpusSource, language: Language, random: inout Xoshiro256) -> (iconclass: String, label: String)? {
        let chance: Double
        switch source.kind {
        case .museum: chance = 0.85
        case .europeana: chance = 0.55
        case .rkd: chance = 0.7
        case .wikidata: chance = 0.4
        }
        guard random.chance(chance) else { return nil }
        var label = artwork.subject.title.standard(language)
        if label.contains("{sitter}") {
            label = ["nl": "portret", "de": "Bildnis", "fr": "portrait"][language.rawValue] ?? "portrait"
        }
        return (artwork.subject.iconclass, label)
    }

    private func institution(_ museum: Museum, source: CorpusSource, language: Language, random: inout Xoshiro256) -> String {
        switch source.kind {
        case .museum: return museum.nativeName
        case .europeana:
            // The EDM writer states the organization with an English label 70% of the time (institution = that
            // label); else a literal data provider in one of the museum's own forms.
            return random.chance(0.7) ? museum.name(in: .en) : random.pick([museum.nativeName, museum.abbreviation] + museum.otherNames.prefix(1))
        case .rkd:
            let roll = random.unit()
            return roll < 0.7 ? museum.rkdName : roll < 0.9 ? museum.nativeName : museum.name(in: .en)
        case .wikidata:
            return random.chance(0.8) ? museum.name(in: language) : (museum.otherNames.first ?? museum.nativeName)
        }
    }

    private func related(_ position: Int, family: CompositionFamily, language: Language, random: inout Xoshiro256) -> RelatedStatement? {
        let relation: ArtworkRelation
        let target: Int
        if let derivation = family.derivation(of: position) {
            relation = derivation.relation
            target = derivation.to
        } else if let partner = family.pendant(of: position) {
            relation = .pendant
            target = partner
        } else {
            return nil
        }
        guard random.chance(0.3) else { return nil }
        let artwork = family.artworks[position]
        let other = family.artworks[target]
        let museum = MuseumCatalog.all[other.museum]
        let inventory = museum.inventory.canonical(other.inventoryNumber, suffix: other.inventorySuffix)
        let title = Self.title(other, language, standard: true, &random)
        let place = "\(museum.name(in: language)), \(inventory)"
        let uri = other.inRKD ? "https://rkd.nl/explore/images/\(ids.rkdImage(other.index))"
            : "https://\(museum.domain)/collection/object/\(ids.internalNumber(other.index))"
        let opening = Phrasebook.relationSentence(relation, artist: artwork.artist.plainName, language)
        return RelatedStatement(
            relation: relation, term: Phrasebook.relationType(relation, language), target: inventory, targetURI: uri,
            label: "\(other.artist.plainName), \(title) (\(place))", sentence: "\(opening)\(relation == .copyAfter || relation == .printAfter ? "," : "") \(title) (\(place)).")
    }
}
