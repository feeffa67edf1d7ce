/// The iconography table of the benchmark corpus: subjects of Flemish, Dutch and German 16th–17th-century painting
/// with Iconclass notations and titles in Dutch, German, French, English and Latin.
///
/// This table is the generator's own and deliberately independent of the linker's `Mappings/link/iconography.csv`,
/// so the benchmark measures how well the linker's table covers real titles.
enum Iconography {
    /// Every subject; many objects share one (the same title on different pictures).
    static let subjects: [IconographicSubject] = religious + oldTestament + saints + mythology + portraits
        + landscapes + stillLifes + genre

    /// Subjects of one category.
    static func subjects(in category: SubjectCategory) -> [IconographicSubject] {
        byCategory[category] ?? []
    }

    private static let byCategory: [SubjectCategory: [IconographicSubject]] = Dictionary(grouping: subjects, by: \.category)

    private static let religious: [IconographicSubject] = [
        .init("73A5", .altarpiece, .init(
            nl: "De annunciatie|Annunciatie|De boodschap aan Maria", de: "Die Verkündigung an Maria|Verkündigung",
            fr: "L'Annonciation", en: "The Annunciation|Annunciation", la: "Annuntiatio")),
        .init("73B13", .altarpiece, .init(
            nl: "De aanbidding der herders|Aanbidding door de herders", de: "Die Anbetung der Hirten|Anbetung der Hirten",
            fr: "L'Adoration des bergers", en: "The Adoration of the Shepherds|Adoration of the Shepherds",
            la: "Adoratio pastorum")),
        .init("73B57", .altarpiece, .init(
            nl: "De aanbidding der koningen|Aanbidding der koningen|Aanbidding door de drie koningen",
            de: "Die Anbetung der Könige|Anbetung der Heiligen Drei Könige", fr: "L'Adoration des mages|Adoration des rois mages",
            en: "The Adoration of the Magi|Adoration of the Kings", la: "Adoratio Magorum")),
        .init("73B66", .altarpiece, .init(
            nl: "De kindermoord te Bethlehem|Kindermoord", de: "Der bethlehemitische Kindermord|Kindermord zu Bethlehem",
            fr: "Le Massacre des Innocents", en: "The Massacre of the Innocents|Massacre of the Innocents",
            la: "Caedes Innocentium")),
        .init("73B71", .devotional, .init(
            nl: "De vlucht naar Egypte", de: "Die Flucht nach Ägypten", fr: "La Fuite en Égypte",
            en: "The Flight into Egypt", la: "Fuga in Aegyptum")),
        .init("73B74", .devotional, .init(
            nl: "Rust op de vlucht naar Egypte", de: "Ruhe auf der Flucht nach Ägypten",
            fr: "Le Repos pendant la fuite en Égypte", en: "The Rest on the Flight into Egypt", la: "Requies in fuga")),
        .init("73B8", .devotional, .init(
            nl: "De Heilige Familie|Heilige Familie", de: "Die Heilige Familie", fr: "La Sainte Famille",
            en: "The Holy Family|Holy Family", la: "Sacra Familia")),
        .init("11F4", .devotional, .init(
            nl: "Maria met kind|Madonna met kind", de: "Maria mit dem Kind|Madonna mit Kind", fr: "La Vierge à l'Enfant",
            en: "Virgin and Child|The Virgin and Child", la: "Madonna cum Infante")),
        .init("11F42", .devotional, .init(
            nl: "Madonna in een bloemenkrans", de: "Madonna im Blumenkranz", fr: "La Vierge dans une guirlande de fleurs",
            en: "Madonna in a Garland of Flowers", la: "Madonna in serto florum")),
        .init("73C1", .altarpiece, .init(
            nl: "De doop van Christus", de: "Die Taufe Christi", fr: "Le Baptême du Christ",
            en: "The Baptism of Christ", la: "Baptismus Christi")),
        .init("73D24", .altarpiece, .init(
            nl: "Het laatste avondmaal|Laatste Avondmaal", de: "Das Abendmahl|Das letzte Abendmahl", fr: "La Cène",
            en: "The Last Supper", la: "Cena Domini")),
        .init("73D35", .devotional, .init(
            nl: "Ecce Homo", de: "Ecce Homo", fr: "Ecce Homo", en: "Ecce Homo", la: "Ecce Homo")),
        .init("73D52", .altarpiece, .init(
            nl: "De kruisoprichting|Kruisoprichting", de: "Die Kreuzaufrichtung", fr: "L'Érection de la croix",
            en: "The Raising of the Cross", la: "Elevatio crucis")),
        .init("73D6", .altarpiece, .init(
            nl: "Christus aan het kruis|De kruisiging", de: "Christus am Kreuz|Die Kreuzigung", fr: "Le Christ en croix",
            en: "Christ on the Cross|The Crucifixion", la: "Crucifixio")),
        .init("73D72", .altarpiece, .init(
            nl: "De kruisafneming|Kruisafneming", de: "Die Kreuzabnahme|Kreuzabnahme Christi", fr: "La Descente de croix",
            en: "The Descent from the Cross|Deposition", la: "Depositio")),
        .init("73D73", .devotional, .init(
            nl: "De bewening van Christus|Bewening", de: "Die Beweinung Christi", fr: "La Lamentation sur le Christ mort",
            en: "The Lamentation|Lamentation over the Dead Christ", la: "Lamentatio")),
        .init("73E1", .altarpiece, .init(
            nl: "De verrijzenis van Christus|De opstanding", de: "Die Auferstehung Christi", fr: "La Résurrection du Christ",
            en: "The Resurrection of Christ", la: "Resurrectio")),
        .init("73E34", .devotional, .init(
            nl: "Noli me tangere", de: "Noli me tangere", fr: "Noli me tangere", en: "Noli me tangere",
            la: "Noli me tangere")),
        .init("73E41", .devotional, .init(
            nl: "De Emmaüsgangers|Maaltijd te Emmaüs", de: "Das Mahl in Emmaus|Christus in Emmaus", fr: "Les Pèlerins d'Emmaüs",
            en: "The Supper at Emmaus", la: "Cena in Emmaus")),
        .init("73E66", .devotional, .init(
            nl: "De ongelovige Thomas", de: "Der ungläubige Thomas", fr: "L'Incrédulité de saint Thomas",
            en: "The Incredulity of Saint Thomas|Doubting Thomas", la: "Incredulitas Thomae")),
        .init("73E74", .altarpiece, .init(
            nl: "De tenhemelopneming van Maria|Maria-Tenhemelopneming", de: "Mariä Himmelfahrt",
            fr: "L'Assomption de la Vierge", en: "The Assumption of the Virgin", la: "Assumptio Mariae")),
        .init("11S", .altarpiece, .init(
            nl: "Het laatste oordeel", de: "Das Jüngste Gericht", fr: "Le Jugement dernier", en: "The Last Judgement",
            la: "Iudicium extremum")),
    ]

    private static let oldTestament: [IconographicSubject] = [
        .init("71A5", .mythology, .init(
            nl: "Adam en Eva", de: "Adam und Eva", fr: "Adam et Ève", en: "Adam and Eve", la: "Adamus et Eva")),
        .init("71E1232", .mythology, .init(
            nl: "Lot en zijn dochters", de: "Lot und seine Töchter", fr: "Loth et ses filles", en: "Lot and his Daughters",
            la: "Loth cum filiabus")),
        .init("71P313", .devotional, .init(
            nl: "Judith met het hoofd van Holofernes", de: "Judith mit dem Haupt des Holofernes",
            fr: "Judith tenant la tête d'Holopherne", en: "Judith with the Head of Holofernes", la: "Iudith")),
        .init("71M512", .mythology, .init(
            nl: "Simson en Delila", de: "Simson und Delila", fr: "Samson et Dalila", en: "Samson and Delilah",
            la: "Samson et Dalila")),
        .init("71C1232", .mythology, .init(
            nl: "Suzanna en de ouderlingen", de: "Susanna und die beiden Alten|Susanna im Bade", fr: "Suzanne et les vieillards",
            en: "Susanna and the Elders", la: "Susanna et senes")),
        .init("71O33", .mythology, .init(
            nl: "David en Goliath", de: "David und Goliath", fr: "David et Goliath", en: "David and Goliath",
            la: "David et Goliath")),
        .init("71P11", .mythology, .init(
            nl: "Daniël in de leeuwenkuil", de: "Daniel in der Löwengrube", fr: "Daniel dans la fosse aux lions",
            en: "Daniel in the Lions' Den", la: "Daniel in lacu leonum")),
    ]

    private static let saints: [IconographicSubject] = [
        .init("11H(SEBASTIAN)", .devotional, .init(
            nl: "De heilige Sebastiaan|Sint-Sebastiaan", de: "Der heilige Sebastian|Heiliger Sebastian", fr: "Saint Sébastien",
            en: "Saint Sebastian|St Sebastian", la: "Sanctus Sebastianus")),
        .init("11H(JEROME)", .devotional, .init(
            nl: "De heilige Hiëronymus|Sint-Hiëronymus in zijn studeervertrek", de: "Der heilige Hieronymus",
            fr: "Saint Jérôme", en: "Saint Jerome|St Jerome in his Study", la: "Sanctus Hieronymus")),
        .init("11HH(MARY MAGDALENE)", .devotional, .init(
            nl: "De boetvaardige Maria Magdalena|Maria Magdalena", de: "Die büßende Maria Magdalena",
            fr: "Marie-Madeleine pénitente", en: "The Penitent Magdalene|Mary Magdalene", la: "Maria Magdalena")),
        .init("11H(GEORGE)", .altarpiece, .init(
            nl: "Sint-Joris en de draak|De heilige Joris", de: "Der heilige Georg im Kampf mit dem Drachen",
            fr: "Saint Georges terrassant le dragon", en: "Saint George and the Dragon", la: "Sanctus Georgius")),
        .init("11H(FRANCIS)", .devotional, .init(
            nl: "De heilige Franciscus ontvangt de stigmata", de: "Der heilige Franziskus empfängt die Wundmale",
            fr: "Saint François recevant les stigmates", en: "Saint Francis receiving the Stigmata",
            la: "Sanctus Franciscus")),
        .init("11HH(CATHERINE)", .devotional, .init(
            nl: "Het mystieke huwelijk van de heilige Catharina", de: "Die mystische Vermählung der heiligen Katharina",
            fr: "Le Mariage mystique de sainte Catherine", en: "The Mystic Marriage of Saint Catherine",
            la: "Desponsatio Sanctae Catharinae")),
        .init("73F22", .altarpiece, .init(
            nl: "De bekering van Saulus|Bekering van Paulus", de: "Die Bekehrung des Saulus", fr: "La Conversion de saint Paul",
            en: "The Conversion of Saint Paul", la: "Conversio Pauli")),
        .init("11H(CHRISTOPHER)", .devotional, .init(
            nl: "De heilige Christoffel", de: "Der heilige Christophorus", fr: "Saint Christophe",
            en: "Saint Christopher", la: "Sanctus Christophorus")),
    ]

    private static let mythology: [IconographicSubject] = [
        .init("94T", .mythology, .init(
            nl: "Het oordeel van Paris", de: "Das Urteil des Paris", fr: "Le Jugement de Pâris", en: "The Judgement of Paris",
            la: "Iudicium Paridis")),
        .init("97C31", .mythology, .init(
            nl: "Venus en Adonis", de: "Venus und Adonis", fr: "Vénus et Adonis", en: "Venus and Adonis",
            la: "Venus et Adonis")),
        .init("97C24", .mythology, .init(
            nl: "Diana en Actaeon", de: "Diana und Aktäon", fr: "Diane et Actéon", en: "Diana and Actaeon",
            la: "Diana et Actaeon")),
        .init("92C4", .mythology, .init(
            nl: "Diana keert terug van de jacht|De terugkeer van Diana van de jacht", de: "Dianas Heimkehr von der Jagd",
            fr: "Le Retour de chasse de Diane", en: "The Return of Diana from the Hunt|Diana returning from the Hunt",
            la: "Diana a venatu rediens")),
        .init("92L", .mythology, .init(
            nl: "Bacchanaal", de: "Bacchanal", fr: "Bacchanale", en: "Bacchanal", la: "Bacchanalia")),
        .init("98B(LEUCIPPUS)", .mythology, .init(
            nl: "De schaking van de dochters van Leucippus", de: "Der Raub der Töchter des Leukippos",
            fr: "L'Enlèvement des filles de Leucippe", en: "The Rape of the Daughters of Leucippus",
            la: "Raptus filiarum Leucippi")),
        .init("94L32", .mythology, .init(
            nl: "De geketende Prometheus", de: "Der gefesselte Prometheus", fr: "Prométhée enchaîné",
            en: "Prometheus Bound", la: "Prometheus vinctus")),
        .init("92C3", .mythology, .init(
            nl: "De drie gratiën", de: "Die drei Grazien", fr: "Les Trois Grâces", en: "The Three Graces",
            la: "Tres Gratiae")),
        .init("94P21", .mythology, .init(
            nl: "Perseus bevrijdt Andromeda", de: "Perseus befreit Andromeda", fr: "Persée délivrant Andromède",
            en: "Perseus freeing Andromeda|Perseus and Andromeda", la: "Perseus et Andromeda")),
        .init("92E2", .mythology, .init(
            nl: "Mercurius en Argus", de: "Merkur und Argus", fr: "Mercure et Argus", en: "Mercury and Argus",
            la: "Mercurius et Argus")),
        .init("46A122", .mythology, .init(
            nl: "Allegorie van de vrede|De zegeningen van de vrede", de: "Allegorie des Friedens", fr: "Allégorie de la Paix",
            en: "Allegory of Peace|Minerva protects Pax from Mars", la: "Allegoria pacis")),
    ]

    private static let portraits: [IconographicSubject] = [
        .init("61B2", .portrait, .init(
            nl: "Portret van {sitter}|{sitter}", de: "Bildnis des {sitter}|Bildnis {sitter}", fr: "Portrait de {sitter}",
            en: "Portrait of {sitter}|{sitter}", la: "Effigies {sitter}"),
            pendant: .init(
                nl: "Portret van de echtgenote van {sitter}|Portret van een vrouw, echtgenote van {sitter}",
                de: "Bildnis der Ehefrau des {sitter}|Bildnis der Gattin des {sitter}",
                fr: "Portrait de l'épouse de {sitter}", en: "Portrait of the Wife of {sitter}|Portrait of {sitter}'s Wife",
                la: "Effigies uxoris {sitter}")),
        .init("31D14", .portrait, .init(
            nl: "Portret van een man|Mansportret", de: "Bildnis eines Mannes|Männliches Bildnis",
            fr: "Portrait d'homme", en: "Portrait of a Man", la: "Effigies viri"),
            pendant: .init(
                nl: "Portret van een vrouw|Vrouwenportret", de: "Bildnis einer Frau|Weibliches Bildnis",
                fr: "Portrait de femme", en: "Portrait of a Woman", la: "Effigies mulieris")),
        .init("31D11", .portrait, .init(
            nl: "Zelfportret", de: "Selbstbildnis", fr: "Autoportrait", en: "Self-Portrait|Self-portrait",
            la: "Effigies ipsius")),
        .init("31D13", .portrait, .init(
            nl: "Portret van een jongeman", de: "Bildnis eines jungen Mannes", fr: "Portrait d'un jeune homme",
            en: "Portrait of a Young Man", la: "Effigies iuvenis")),
    ]

    private static let landscapes: [IconographicSubject] = [
        .init("25H1", .landscape, .init(
            nl: "Landschap met regenboog", de: "Landschaft mit Regenbogen", fr: "Paysage à l'arc-en-ciel",
            en: "Landscape with a Rainbow", la: "Paesaggio cum iride")),
        .init("25H11", .landscape, .init(
            nl: "Landschap met een watermolen", de: "Landschaft mit Wassermühle", fr: "Paysage avec un moulin à eau",
            en: "Landscape with a Watermill", la: "Paesaggio cum mola")),
        .init("25H12", .landscape, .init(
            nl: "Landschap met reizigers", de: "Landschaft mit Reisenden", fr: "Paysage avec des voyageurs",
            en: "Landscape with Travellers", la: "Paesaggio cum viatoribus")),
        .init("25H13", .landscape, .init(
            nl: "Winterlandschap met schaatsers", de: "Winterlandschaft mit Eisläufern", fr: "Paysage d'hiver avec patineurs",
            en: "Winter Landscape with Skaters", la: "Hiems")),
        .init("25H14", .landscape, .init(
            nl: "Landschap met Philemon en Baucis", de: "Landschaft mit Philemon und Baucis",
            fr: "Paysage avec Philémon et Baucis", en: "Landscape with Philemon and Baucis", la: "Philemon et Baucis")),
        .init("25H15", .landscape, .init(
            nl: "Rivierlandschap met een kasteel", de: "Flusslandschaft mit Schloss", fr: "Paysage fluvial avec un château",
            en: "River Landscape with a Castle", la: "Paesaggio cum castello")),
    ]

    private static let stillLifes: [IconographicSubject] = [
        .init("41A772", .stillLife, .init(
            nl: "Bloemstilleven|Bloemen in een vaas", de: "Blumenstillleben|Blumenstrauß in einer Vase",
            fr: "Bouquet de fleurs dans un vase", en: "Flowers in a Vase|Flower Still Life", la: "Flores in vase")),
        .init("41A773", .stillLife, .init(
            nl: "Stilleven met wild|Jachtstilleven", de: "Jagdstillleben|Stillleben mit Wildbret", fr: "Nature morte au gibier",
            en: "Still Life with Game", la: "Natura mortua cum venatione")),
        .init("41A774", .stillLife, .init(
            nl: "Vismarkt|Stilleven met vis", de: "Fischmarkt|Stillleben mit Fischen", fr: "Le Marché aux poissons",
            en: "The Fish Market|Still Life with Fish", la: "Forum piscarium")),
        .init("11R7", .stillLife, .init(
            nl: "Vanitasstilleven|Vanitas", de: "Vanitas-Stillleben", fr: "Vanité", en: "Vanitas Still Life|Vanitas",
            la: "Vanitas")),
    ]

    private static let genre: [IconographicSubject] = [
        .init("43C71", .genre, .init(
            nl: "Boerenkermis|Dorpskermis", de: "Bauernkirmes|Dorfkirmes", fr: "La Kermesse villageoise",
            en: "Peasant Kermis|Village Fair", la: "Kermis")),
        .init("33C51", .genre, .init(
            nl: "Boerenbruiloft", de: "Bauernhochzeit", fr: "Noce villageoise", en: "Peasant Wedding",
            la: "Nuptiae rusticae")),
        .init("41C6", .genre, .init(
            nl: "Herberginterieur met rokers|Rokers in een herberg", de: "Raucher in einer Schenke",
            fr: "Fumeurs dans une taverne", en: "Smokers in an Inn|Tavern Interior with Smokers", la: "Fumantes")),
        .init("31A452", .genre, .init(
            nl: "De vijf zintuigen: het gehoor|Allegorie van het gehoor", de: "Allegorie des Gehörs",
            fr: "Allégorie de l'ouïe", en: "Allegory of Hearing", la: "Auditus")),
    ]
}
