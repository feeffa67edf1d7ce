import Foundation

/// Writes a record as EDM RDF/XML inside an OAI-PMH `ListRecords` page, as Europeana's OAI-PMH endpoint serves it:
/// for the aggregator, a provider proxy with the museum's literals, a Europeana proxy, the aggregations and the data
/// provider's `foaf:Organization`; for a museum's own EDM, the literals on `edm:ProvidedCHO`.
enum EDMWriter {
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-01-01T00:00:00Z</responseDate><request verb="ListRecords" metadataPrefix="edm">https://api.europeana.eu/oai/record</request><ListRecords>

        """
    static let footer = "</ListRecords></OAI-PMH>\n"

    static let namespaces = #"xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:edm="http://www.europeana.eu/schemas/edm/" xmlns:ore="http://www.openarchives.org/ore/terms/" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:owl="http://www.w3.org/2002/07/owl#""#

    private static let itemPrefix = "http://data.europeana.eu/item"

    static func record(_ facts: RecordFacts) -> String {
        let e = Escape.xml
        var x = "<record><header><identifier>\(e(facts.recordID))</identifier><datestamp>2026-01-01T00:00:00Z</datestamp></header><metadata>\n"
        x += "<rdf:RDF \(namespaces)>\n"
        if facts.source.kind == .europeana {
            let local = String(facts.recordID.dropFirst(facts.recordID.hasPrefix(itemPrefix) ? itemPrefix.count : 0))
            let organization = facts.institution == facts.museum.name(in: .en)
            x += "  <edm:ProvidedCHO rdf:about=\"\(e(facts.recordID))\"/>\n"
            x += "  <ore:Aggregation rdf:about=\"http://data.europeana.eu/aggregation/provider\(e(local))\">\n"
            x += "    <edm:aggregatedCHO rdf:resource=\"\(e(facts.recordID))\"/>\n"
            if organization {
                x += "    <edm:dataProvider rdf:resource=\"\(facts.museum.europeanaOrganization)\"/>\n"
            } else {
                x += "    <edm:dataProvider>\(e(facts.institution))</edm:dataProvider>\n"
            }
            if let image = facts.image { x += "    <edm:isShownBy rdf:resource=\"\(e(image))\"/>\n" }
            x += "    <edm:provider>Europeana Foundation</edm:provider>\n"
            x += "    <edm:rights rdf:resource=\"http://creativecommons.org/publicdomain/mark/1.0/\"/>\n"
            x += "  </ore:Aggregation>\n"
            x += "  <ore:Proxy rdf:about=\"http://data.europeana.eu/proxy/provider\(e(local))\">\n"
            x += literals(facts)
            x += "    <edm:europeanaProxy>false</edm:europeanaProxy>\n"
            x += "    <ore:proxyFor rdf:resource=\"\(e(facts.recordID))\"/>\n"
            x += "    <ore:proxyIn rdf:resource=\"http://data.europeana.eu/aggregation/provider\(e(local))\"/>\n"
            x += "    <edm:type>IMAGE</edm:type>\n"
            x += "  </ore:Proxy>\n"
            x += "  <ore:Proxy rdf:about=\"http://data.europeana.eu/proxy/europeana\(e(local))\">\n"
            x += "    <dc:identifier>\(e(String(local.split(separator: "/").last ?? "")))</dc:identifier>\n"
            x += "    <edm:europeanaProxy>true</edm:europeanaProxy>\n"
            x += "    <ore:proxyFor rdf:resource=\"\(e(facts.recordID))\"/>\n"
            x += "    <edm:type>IMAGE</edm:type>\n"
            x += "  </ore:Proxy>\n"
            x += "  <edm:EuropeanaAggregation rdf:about=\"http://data.europeana.eu/aggregation/europeana\(e(local))\">\n"
            x += "    <edm:aggregatedCHO rdf:resource=\"\(e(facts.recordID))\"/>\n"
            x += "    <edm:country>\(e(facts.museum.country))</edm:country>\n"
            x += "    <edm:landingPage rdf:resource=\"https://www.europeana.eu/item\(e(local))\"/>\n"
            x += "    <edm:language>\(facts.museum.language.rawValue)</edm:language>\n"
            x += "  </edm:EuropeanaAggregation>\n"
            if organization {
                x += "  <foaf:Organization rdf:about=\"\(facts.museum.europeanaOrganization)\">\n"
                x += "    <skos:prefLabel xml:lang=\"en\">\(e(facts.museum.name(in: .en)))</skos:prefLabel>\n"
                if facts.museum.language != .en {
                    x += "    <skos:prefLabel xml:lang=\"\(facts.museum.language.rawValue)\">\(e(facts.museum.nativeName))</skos:prefLabel>\n"
                }
                x += "  </foaf:Organization>\n"
            }
        } else {
            x += "  <edm:ProvidedCHO rdf:about=\"\(e(facts.recordID))\">\n"
            x += literals(facts)
            x += "    <edm:type>IMAGE</edm:type>\n"
            x += "  </edm:ProvidedCHO>\n"
            x += "  <ore:Aggregation rdf:about=\"\(e(facts.recordID))#aggregation\">\n"
            x += "    <edm:aggregatedCHO rdf:resource=\"\(e(facts.recordID))\"/>\n"
            x += "    <edm:dataProvider>\(e(facts.institution))</edm:dataProvider>\n"
            x += "    <edm:isShownAt rdf:resource=\"\(e(facts.recordID))\"/>\n"
            if let image = facts.image { x += "    <edm:isShownBy rdf:resource=\"\(e(image))\"/>\n" }
            x += "    <edm:provider>\(e(facts.institution))</edm:provider>\n"
            x += "    <edm:rights rdf:resource=\"http://creativecommons.org/publicdomain/mark/1.0/\"/>\n"
            x += "  </ore:Aggregation>\n"
        }
        x += "</rdf:RDF>\n</metadata></record>\n"
        return x
    }

    /// The museum's own statements: creators, date, descriptions, identifiers, subjects, titles, type, extent,
    /// medium and a version relation.
    private static func literals(_ facts: RecordFacts) -> String {
        let e = Escape.xml
        let lang = facts.language.rawValue
        var x = ""
        for (index, credit) in facts.credits.enumerated() {
            // Providers write qualifiers into the name: "atelier van Peter Paul Rubens" or "Rubens, Peter Paul (atelier van)".
            let text: String
            if let phrase = credit.qualifierPhrase, (facts.objectIndex + index) % 2 == 1 {
                text = "\(credit.name) (\(phrase))"
            } else {
                text = credit.statement
            }
            x += "    <dc:creator>\(e(text))</dc:creator>\n"
        }
        if let date = facts.date { x += "    <dc:date>\(e(date.display))</dc:date>\n" }
        for description in facts.descriptions { x += "    <dc:description xml:lang=\"\(lang)\">\(e(description))</dc:description>\n" }
        if let inventory = facts.inventory { x += "    <dc:identifier>\(e(inventory))</dc:identifier>\n" }
        if let q = facts.wikidata { x += "    <dc:identifier>http://www.wikidata.org/entity/\(q)</dc:identifier>\n" }
        if let subject = facts.subject {
            x += "    <dc:subject rdf:resource=\"http://iconclass.org/\(e(subject.iconclass))\"/>\n"
            x += "    <dc:subject xml:lang=\"\(lang)\">\(e(subject.label))</dc:subject>\n"
        }
        for title in facts.titles {
            let language = title.language.map { " xml:lang=\"\($0.rawValue)\"" } ?? ""
            x += "    <dc:title\(language)>\(e(title.text))</dc:title>\n"
        }
        x += "    <dc:type xml:lang=\"\(lang)\">\(e(facts.objectType))</dc:type>\n"
        if let d = facts.dimensions {
            if d.separateExtents {
                x += "    <dc:format>\(DimensionStyler.number(d.height, comma: false)) \(d.unit)</dc:format>\n"
                x += "    <dc:format>\(DimensionStyler.number(d.width, comma: false)) \(d.unit)</dc:format>\n"
            } else {
                x += "    <dcterms:extent>\(e(d.display))</dcterms:extent>\n"
            }
        }
        if let related = facts.related, let uri = related.targetURI, related.relation != .pendant {
            x += "    <dcterms:isVersionOf rdf:resource=\"\(e(uri))\"/>\n"
        }
        x += "    <dcterms:medium xml:lang=\"\(lang)\">\(e(facts.medium))</dcterms:medium>\n"
        return x
    }
}
