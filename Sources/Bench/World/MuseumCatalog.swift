/// The institutions of the corpus. The first five each have their own museum source when the corpus has enough
/// sources (`museum-a` KMSKA in Dutch LIDO, `museum-b` Dresden in German LIDO, `museum-c` Lille in French EDM,
/// `museum-d` the National Gallery in English Linked Art, `museum-e` Dulwich in an English CSV); the others appear
/// only through the aggregators.
enum MuseumCatalog {
    static let all: [Museum] = [
        Museum(
            id: "kmska", language: .nl, nativeName: "Koninklijk Museum voor Schone Kunsten Antwerpen",
            names: [.en: "Royal Museum of Fine Arts Antwerp", .fr: "Musée royal des Beaux-Arts d'Anvers",
                    .de: "Königliches Museum der Schönen Künste Antwerpen"],
            abbreviation: "KMSKA", rkdName: "Antwerpen, Koninklijk Museum voor Schone Kunsten",
            otherNames: ["KMSKA Antwerpen", "Royal Museum of Fine Arts Antwerp (KMSKA)", "Koninklijk Museum voor Schone Kunsten (KMSKA)"],
            inventory: .plain(prefixes: ["", "inv. ", "KMSKA ", "inv.nr. ", "Inv. nr. "]), firstNumber: 100, suffixChance: 0,
            weight: 0.2, city: "Antwerpen", country: "Belgium", europeanaDataset: "2048128",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000004505", domain: "kmska.be"),
        Museum(
            id: "skd-gam", language: .de, nativeName: "Gemäldegalerie Alte Meister, Staatliche Kunstsammlungen Dresden",
            names: [.en: "Old Masters Picture Gallery, Dresden State Art Collections", .fr: "Galerie des maîtres anciens de Dresde",
                    .nl: "Gemäldegalerie Alte Meister Dresden"],
            abbreviation: "SKD", rkdName: "Dresden, Gemäldegalerie Alte Meister",
            otherNames: ["Gemäldegalerie Alte Meister", "Staatliche Kunstsammlungen Dresden", "Gemäldegalerie Alte Meister Dresden",
                         "Staatliche Kunstsammlungen Dresden, Gemäldegalerie Alte Meister"],
            inventory: .galleryNumber, firstNumber: 200, suffixChance: 0.15,
            weight: 0.15, city: "Dresden", country: "Germany", europeanaDataset: "2064108",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000004671", domain: "skd.museum"),
        Museum(
            id: "pba-lille", language: .fr, nativeName: "Palais des Beaux-Arts de Lille",
            names: [.en: "Palais des Beaux-Arts, Lille", .de: "Palais des Beaux-Arts Lille", .nl: "Palais des Beaux-Arts Rijsel"],
            abbreviation: "PBA Lille", rkdName: "Lille, Palais des Beaux-Arts",
            otherNames: ["Musée des Beaux-Arts de Lille", "Lille, Palais des Beaux-Arts de Lille"],
            inventory: .prefixed("P", separator: " ", width: 0, variants: ["{p} {n}", "{p}{n}", "Inv. {p} {n}", "{p}. {n}"]),
            firstNumber: 40, suffixChance: 0, weight: 0.06, city: "Lille", country: "France", europeanaDataset: "2059209",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000004452", domain: "pba.lille.fr"),
        Museum(
            id: "ng-london", language: .en, nativeName: "The National Gallery, London",
            names: [.de: "National Gallery London", .fr: "National Gallery de Londres", .nl: "National Gallery Londen"],
            abbreviation: "NG", rkdName: "Londen, The National Gallery",
            otherNames: ["National Gallery", "The National Gallery", "National Gallery, London"],
            inventory: .prefixed("NG", separator: "", width: 0, variants: ["{p}{n}", "{p} {n}", "inv. {p}{n}"]),
            firstNumber: 1, suffixChance: 0.02, weight: 0.08, city: "London", country: "United Kingdom", europeanaDataset: "9200579",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000001710", domain: "nationalgallery.org.uk"),
        Museum(
            id: "dulwich", language: .en, nativeName: "Dulwich Picture Gallery",
            names: [.de: "Dulwich Picture Gallery, London", .fr: "Dulwich Picture Gallery, Londres", .nl: "Dulwich Picture Gallery Londen"],
            abbreviation: "DPG", rkdName: "Londen, Dulwich Picture Gallery",
            otherNames: ["Dulwich Picture Gallery, London", "Dulwich College Picture Gallery"],
            inventory: .prefixed("DPG", separator: "", width: 0, variants: ["{p}{n}", "{p} {n}", "{p}{n}"]),
            firstNumber: 1, suffixChance: 0.03, weight: 0.04, city: "London", country: "United Kingdom", europeanaDataset: "9200580",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000001711", domain: "dulwichpicturegallery.org.uk"),
        Museum(
            id: "rijksmuseum", language: .nl, nativeName: "Rijksmuseum",
            names: [.en: "Rijksmuseum, Amsterdam", .de: "Rijksmuseum Amsterdam", .fr: "Rijksmuseum d'Amsterdam"],
            abbreviation: "RMA", rkdName: "Amsterdam, Rijksmuseum", otherNames: ["Rijksmuseum Amsterdam"],
            inventory: .prefixed("SK-A", separator: "-", width: 0, variants: ["{p}{s}{n}", "{p}{s}{n}", "{p} {n}"]),
            firstNumber: 100, suffixChance: 0, weight: 0.1, city: "Amsterdam", country: "Netherlands", europeanaDataset: "90402",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000004377", domain: "rijksmuseum.nl"),
        Museum(
            id: "mauritshuis", language: .nl, nativeName: "Mauritshuis",
            names: [.en: "Mauritshuis, The Hague", .de: "Mauritshuis Den Haag", .fr: "Mauritshuis de La Haye"],
            abbreviation: "MH", rkdName: "Den Haag, Mauritshuis",
            otherNames: ["Koninklijk Kabinet van Schilderijen Mauritshuis", "Royal Picture Gallery Mauritshuis"],
            inventory: .plain(prefixes: ["", "inv. ", "inv.nr. "]), firstNumber: 1, suffixChance: 0,
            weight: 0.05, city: "Den Haag", country: "Netherlands", europeanaDataset: "2021672",
            europeanaOrganization: "http://data.europeana.eu/organization/2888", domain: "mauritshuis.nl"),
        Museum(
            id: "bstgs-alte-pinakothek", language: .de, nativeName: "Bayerische Staatsgemäldesammlungen - Alte Pinakothek München",
            names: [.en: "Alte Pinakothek, Munich", .fr: "Alte Pinakothek de Munich", .nl: "Alte Pinakothek München"],
            abbreviation: "BStGS", rkdName: "München, Alte Pinakothek",
            otherNames: ["Alte Pinakothek", "Bayerische Staatsgemäldesammlungen", "Alte Pinakothek München"],
            inventory: .prefixed("Inv.-Nr.", separator: " ", width: 0, variants: ["{u}", "Inv. {u}", "{p} {u}", "Inv.-Nr. {u}"]),
            firstNumber: 300, suffixChance: 0, weight: 0.08, city: "München", country: "Germany", europeanaDataset: "2048421",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000004800", domain: "pinakothek.de"),
        Museum(
            id: "khm", language: .de, nativeName: "Kunsthistorisches Museum Wien, Gemäldegalerie",
            names: [.en: "Kunsthistorisches Museum, Vienna", .fr: "Kunsthistorisches Museum de Vienne", .nl: "Kunsthistorisches Museum Wenen"],
            abbreviation: "KHM", rkdName: "Wenen, Kunsthistorisches Museum",
            otherNames: ["Kunsthistorisches Museum", "Kunsthistorisches Museum Wien", "KHM-Museumsverband"],
            inventory: .prefixed("GG", separator: " ", width: 0, variants: ["{p} {n}", "{p}{n}", "Inv.-Nr. {p} {n}", "{p}_{n}"]),
            firstNumber: 400, suffixChance: 0, weight: 0.07, city: "Wien", country: "Austria", europeanaDataset: "15508",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000004480", domain: "khm.at"),
        Museum(
            id: "prado", language: .en, nativeName: "Museo Nacional del Prado",
            names: [.en: "Museo del Prado, Madrid", .de: "Museo del Prado, Madrid", .fr: "Musée du Prado", .nl: "Prado, Madrid"],
            abbreviation: "Prado", rkdName: "Madrid, Museo Nacional del Prado", otherNames: ["Museo del Prado", "Prado Museum"],
            inventory: .prefixed("P", separator: "", width: 6, variants: ["{p}{n}", "{p}{n}", "{p}{u}", "{p}0{u}"]),
            firstNumber: 1000, suffixChance: 0, weight: 0.06, city: "Madrid", country: "Spain", europeanaDataset: "2058621",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000004581", domain: "museodelprado.es"),
        Museum(
            id: "mskgent", language: .nl, nativeName: "Museum voor Schone Kunsten Gent",
            names: [.en: "Museum of Fine Arts, Ghent", .fr: "Musée des Beaux-Arts de Gand", .de: "Museum der Schönen Künste Gent"],
            abbreviation: "MSK Gent", rkdName: "Gent, Museum voor Schone Kunsten", otherNames: ["MSK", "MSK Gent (Museum voor Schone Kunsten)"],
            inventory: .yearLetters, firstNumber: 0, suffixChance: 0,
            weight: 0.04, city: "Gent", country: "Belgium", europeanaDataset: "2048129",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000004506", domain: "mskgent.be"),
        Museum(
            id: "louvre", language: .fr, nativeName: "Musée du Louvre",
            names: [.en: "Louvre Museum, Paris", .de: "Musée du Louvre, Paris", .nl: "Louvre, Parijs"],
            abbreviation: "Louvre", rkdName: "Parijs, Musée du Louvre", otherNames: ["Louvre", "Musée du Louvre, Département des Peintures"],
            inventory: .prefixed("INV", separator: " ", width: 0, variants: ["{p} {n}", "{p} {n}", "{p}{n}", "Inv. {n}"]),
            firstNumber: 1000, suffixChance: 0, weight: 0.04, city: "Paris", country: "France", europeanaDataset: "2059210",
            europeanaOrganization: "http://data.europeana.eu/organization/1482250000004453", domain: "louvre.fr"),
    ]

    /// Museums that have their own museum source, in source order (`museum-a` … `museum-e`).
    static let withOwnSource = Array(all.prefix(5))
}
