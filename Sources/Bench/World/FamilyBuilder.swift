import Model

/// Draws composition families: an original, and with set probabilities an oil sketch, a workshop replica, copies,
/// prints after it and a pendant, each a distinct object with its own museum, date and size.
struct FamilyBuilder {
    let roster: ArtistRoster
    private var ledger = MuseumLedger()
    private let museumWeights = MuseumCatalog.all.map(\.weight)
    private let categoryWeights = SubjectCategory.allCases.map(\.weight)
    /// The next object's running number.
    private(set) var nextIndex = 0

    init(roster: ArtistRoster) {
        self.roster = roster
    }

    mutating func build(_ random: inout Xoshiro256) -> CompositionFamily {
        var artworks: [Artwork] = []
        var relations: [CompositionFamily.Relation] = []
        let category = SubjectCategory.allCases[random.weighted(categoryWeights)]
        let subject = random.pick(Iconography.subjects(in: category))
        let artist = roster.drawPainter(&random)
        let sitter = subject.title.standard(.en).contains("{sitter}") ? Sitters.draw(&random) : nil
        let museum = random.weighted(museumWeights)
        let withPendant = subject.pendantTitle != nil && random.chance(0.35)
        let span = artist.active
        let year = random.int(in: span.lowerBound...max(span.lowerBound, span.upperBound - 1))
        let latest = year + [0, 0, 0, 1, 2, 3, 4, 5][random.below(8)]
        var (height, width) = size(category, &random)
        let support = self.support(category, &random)
        if support == .copper {
            // Copper plates are small cabinet pictures.
            let scale = min(1, 65 / max(height, width))
            height *= scale
            width *= scale
        }
        let number = ledger.take(museum, consecutive: withPendant ? 2 : 1, random: &random)
        let suffix = random.chance(MuseumCatalog.all[museum].suffixChance) ? random.pick(["A", "B", "C"]) : ""
        let original = make(
            museum: museum, number: number, suffix: suffix, subject: subject, sitter: sitter, kind: .painting,
            support: support, artist: artist, qualifier: random.chance(0.06) ? .attributedTo : .autograph,
            years: year...latest, height: height, width: width, random: &random)
        artworks.append(original)

        if withPendant {
            artworks.append(make(
                museum: museum, number: number + 1, suffix: suffix, subject: subject, sitter: sitter, kind: .painting,
                support: support, artist: artist, qualifier: original.qualifier, years: year...latest, height: height,
                width: width, pendantPartner: true, random: &random))
            relations.append(.init(from: 0, to: 1, relation: .pendant))
        }
        if random.chance(0.15) {
            let factor = random.double(in: 0.12...0.32)
            let start = year - random.int(in: 1...3)
            let place = random.chance(0.4) ? museum : random.weighted(museumWeights)
            artworks.append(make(
                museum: place, number: ledger.take(place, random: &random), suffix: "", subject: subject, sitter: sitter,
                kind: .oilSketch, support: .panel, artist: artist, qualifier: .autograph,
                years: start...(start + random.below(2)), height: max(15, height * factor),
                width: max(15, width * factor), random: &random))
            relations.append(.init(from: artworks.count - 1, to: 0, relation: .preparatoryStudyFor))
        }
        if random.chance(0.12) {
            let start = year + random.int(in: 0...3)
            let place = random.chance(0.3) ? museum : random.weighted(museumWeights)
            artworks.append(make(
                museum: place, number: ledger.take(place, random: &random), suffix: "", subject: subject, sitter: sitter,
                kind: .painting, support: support, artist: artist, qualifier: .workshopOf,
                years: start...(start + random.below(3)), height: height * random.double(in: 0.9...1.1),
                width: width * random.double(in: 0.9...1.1), random: &random))
            relations.append(.init(from: artworks.count - 1, to: 0, relation: .versionOf))
        }
        for _ in 0..<random.count([0.64, 0.21, 0.1, 0.05]) {
            var place = random.weighted(museumWeights)
            if place == museum { place = (place + 1 + random.below(MuseumCatalog.all.count - 1)) % MuseumCatalog.all.count }
            let start = min(1850, year + random.int(in: 5...140))
            artworks.append(make(
                museum: place, number: ledger.take(place, random: &random), suffix: "", subject: subject, sitter: sitter,
                kind: .painting, support: random.chance(0.7) ? .canvas : .panel, artist: artist, qualifier: .after,
                copyist: random.chance(0.15) ? roster.drawPainter(&random) : nil,
                years: start...(start + [0, 0, 5, 10, 25][random.below(5)]),
                height: height * random.double(in: 0.8...1.2), width: width * random.double(in: 0.8...1.2), random: &random))
            relations.append(.init(from: artworks.count - 1, to: 0, relation: .copyAfter))
        }
        for _ in 0..<random.count([0.76, 0.18, 0.06]) {
            let engraver = roster.drawEngraver(&random, workingIn: (year + 1)...(year + 30))
            var start = year + random.int(in: 1...20)
            start = min(max(start, engraver.active.lowerBound), engraver.active.upperBound)
            let sheet = random.double(in: 22...58)
            let place = random.weighted(museumWeights)
            artworks.append(make(
                museum: place, number: ledger.take(place, random: &random), suffix: "", subject: subject, sitter: sitter,
                kind: .print, support: .paper, artist: artist, qualifier: .after, engraver: engraver,
                years: start...(start + random.below(2)), height: sheet, width: sheet * width / height, random: &random))
            relations.append(.init(from: artworks.count - 1, to: 0, relation: .printAfter))
        }
        return CompositionFamily(artworks: artworks, relations: relations)
    }

    private mutating func make(
        museum: Int, number: Int, suffix: String, subject: IconographicSubject, sitter: String?, kind: Artwork.Kind,
        support: Artwork.Support, artist: Artist, qualifier: AttributionQualifier, engraver: Artist? = nil,
        copyist: Artist? = nil, years: ClosedRange<Int>, height: Double, width: Double, pendantPartner: Bool = false,
        random: inout Xoshiro256
    ) -> Artwork {
        defer { nextIndex += 1 }
        let wikidata: Double = kind == .print ? 0.12 : kind == .oilSketch ? 0.45 : 0.6
        let rkd: Double = kind == .print ? 0.35 : artist.school == .german ? 0.3 : 0.6
        return Artwork(
            index: nextIndex, museum: museum, inventoryNumber: number, inventorySuffix: suffix, subject: subject,
            sitter: sitter, isPendantPartner: pendantPartner, kind: kind, support: support, artist: artist,
            qualifier: qualifier, engraver: engraver, copyist: copyist, earliest: years.lowerBound,
            latest: years.upperBound, height: Self.tenth(height), width: Self.tenth(width),
            hasWikidataItem: random.chance(wikidata), inRKD: random.chance(rkd))
    }

    private func size(_ category: SubjectCategory, _ random: inout Xoshiro256) -> (Double, Double) {
        let range = category.sizeRange
        let height = random.double(in: range.height)
        return (height, height * random.double(in: range.ratio))
    }

    private func support(_ category: SubjectCategory, _ random: inout Xoshiro256) -> Artwork.Support {
        switch category {
        case .altarpiece, .mythology: random.chance(0.8) ? .canvas : .panel
        case .devotional, .portrait: [.panel, .panel, .canvas, .canvas, .copper][random.below(5)]
        case .landscape, .stillLife, .genre: [.panel, .panel, .panel, .canvas, .canvas, .copper][random.below(6)]
        }
    }

    /// Rounded to a tenth of a centimetre, as catalogues measure.
    static func tenth(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }
}
