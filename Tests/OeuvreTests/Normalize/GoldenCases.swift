/// Real fixture records and the mapping that reads them; each has a golden normalized JSON in Tests/Fixtures/golden/.
///
/// The goldens were produced by `oeuvre mapping try MAPPING FILE --json --harvested-at 2024-01-01T00:00:00Z`,
/// checked by hand field by field against the source record, and are compared on every run.
enum GoldenCases {
    struct Case: Sendable, CustomStringConvertible {
        var fixture: String
        var mapping: String
        var golden: String
        var description: String { golden }
    }

    static let all: [Case] = [
        Case(fixture: "datahub-vkc/kmska_257_lido_origin.xml", mapping: "formats/lido.yaml", golden: "kmska_257_lido_origin"),
        Case(fixture: "datahub-vkc/kmska_257_lido_enriched.xml", mapping: "formats/lido.yaml", golden: "kmska_257_lido_enriched"),
        Case(fixture: "datahub-vkc/kmska_257-260_lido_origin.xml", mapping: "formats/lido.yaml", golden: "kmska_257-260_lido_origin"),
        Case(fixture: "datahub-vkc/groeningemuseum_0000.GRO0208.I_lido_origin.xml", mapping: "formats/lido.yaml", golden: "groeningemuseum_0000.GRO0208.I_lido_origin"),
        Case(fixture: "datahub-vkc/mskgent_1829-A_lido_origin.xml", mapping: "formats/lido.yaml", golden: "mskgent_1829-A_lido_origin"),
        Case(fixture: "datahub-vkc/mskgent_S-87_lido_2017.xml", mapping: "formats/lido.yaml", golden: "mskgent_S-87_lido_2017"),
        Case(fixture: "lido-other/marburg_bildindex_botticelli_primavera_lido.xml", mapping: "formats/lido.yaml", golden: "marburg_bildindex_botticelli_primavera_lido"),
    ]
}
