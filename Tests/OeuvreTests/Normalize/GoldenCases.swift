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
        Case(fixture: "europeana-oai/records/edm_mauritshuis_1.xml", mapping: "formats/edm.yaml", golden: "edm_mauritshuis_1"),
        Case(fixture: "europeana-oai/records/edm_mauritshuis_100.xml", mapping: "formats/edm.yaml", golden: "edm_mauritshuis_100"),
        Case(fixture: "europeana-oai/records/edm_mauritshuis_101.xml", mapping: "formats/edm.yaml", golden: "edm_mauritshuis_101"),
        Case(fixture: "handwritten/oai_dc_rubens.xml", mapping: "formats/dc.yaml", golden: "oai_dc_rubens"),
        Case(fixture: "linked-art/ima_turner_linkedart.json", mapping: "formats/linked-art.yaml", golden: "ima_turner_linkedart"),
        Case(fixture: "linked-art/vgw_production.jsonld", mapping: "formats/linked-art.yaml", golden: "vgw_production"),
        Case(fixture: "linked-art/vgw_dimensions.jsonld", mapping: "formats/linked-art.yaml", golden: "vgw_dimensions"),
        Case(fixture: "linked-art/vgw_identifiers.jsonld", mapping: "formats/linked-art.yaml", golden: "vgw_identifiers"),
        Case(fixture: "arthub-iiif/imagehub_mskgent_1982-N_manifest_v2.json", mapping: "formats/iiif.yaml", golden: "imagehub_mskgent_1982-N_manifest_v2"),
        Case(fixture: "handwritten/iiif_v3_manifest.json", mapping: "formats/iiif.yaml", golden: "iiif_v3_manifest"),
        Case(fixture: "handwritten/europeana_search_item.json", mapping: "formats/europeana-json.yaml", golden: "europeana_search_item"),
        Case(fixture: "handwritten/wikidata_sparql_record.json", mapping: "formats/wikidata.yaml", golden: "wikidata_sparql_record"),
        Case(fixture: "handwritten/works.csv", mapping: "formats/csv.yaml", golden: "works_csv"),
        Case(fixture: "handwritten/edm_provider_relations.xml", mapping: "formats/edm.yaml", golden: "edm_provider_relations"),
        Case(fixture: "handwritten/linked_art_attributions.json", mapping: "formats/linked-art.yaml", golden: "linked_art_attributions"),
        Case(fixture: "handwritten/wikidata_export.csv", mapping: "formats/csv.yaml", golden: "wikidata_export_csv"),
    ]
}
