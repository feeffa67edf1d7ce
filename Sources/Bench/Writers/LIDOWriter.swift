/// Writes a record as LIDO 1.0 the way the Flemish datahub and German museum portals do: one `lido:lido` per record
/// inside a `lido:lidoWrap`, the production event with actors in role and attribution qualifiers, display and
/// structured dates and measurements, Iconclass subjects and related-work sets.
enum LIDOWriter {
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <lido:lidoWrap xmlns:lido="http://www.lido-schema.org" xmlns:gml="http://www.opengis.net/gml" xmlns:xlink="http://www.w3.org/1999/xlink">

        """
    static let footer = "</lido:lidoWrap>\n"

    static func record(_ facts: RecordFacts) -> String {
        let lang = facts.language.rawValue
        let e = Escape.xml
        var x = "<lido:lido>\n"
        x += "  <lido:lidoRecID lido:pref=\"preferred\" lido:type=\"local\" lido:source=\"\(e(facts.institution))\">\(e(facts.recordID))</lido:lidoRecID>\n"
        let published = "https://\(facts.museum.domain)/collection/work/id/\(facts.internalNumber)"
        x += "  <lido:objectPublishedID lido:type=\"purl\">\(published)</lido:objectPublishedID>\n"
        x += "  <lido:descriptiveMetadata xml:lang=\"\(lang)\">\n"
        x += "    <lido:objectClassificationWrap><lido:objectWorkTypeWrap><lido:objectWorkType><lido:term xml:lang=\"\(lang)\">\(e(facts.objectType))</lido:term></lido:objectWorkType></lido:objectWorkTypeWrap></lido:objectClassificationWrap>\n"
        x += "    <lido:objectIdentificationWrap>\n      <lido:titleWrap>\n"
        for (index, title) in facts.titles.enumerated() {
            let language = title.language.map { " xml:lang=\"\($0.rawValue)\"" } ?? ""
            x += "        <lido:titleSet><lido:appellationValue lido:pref=\"\(index == 0 ? "preferred" : "alternate")\"\(language)>\(e(title.text))</lido:appellationValue></lido:titleSet>\n"
        }
        x += "      </lido:titleWrap>\n"
        x += "      <lido:repositoryWrap><lido:repositorySet lido:type=\"current\"><lido:repositoryName><lido:legalBodyName><lido:appellationValue>\(e(facts.institution))</lido:appellationValue></lido:legalBodyName></lido:repositoryName>"
        if let inventory = facts.inventory { x += "<lido:workID lido:type=\"inventory number\">\(e(inventory))</lido:workID>" }
        x += "</lido:repositorySet></lido:repositoryWrap>\n"
        for description in facts.descriptions {
            x += "      <lido:objectDescriptionWrap><lido:objectDescriptionSet><lido:descriptiveNoteValue xml:lang=\"\(lang)\">\(e(description))</lido:descriptiveNoteValue></lido:objectDescriptionSet></lido:objectDescriptionWrap>\n"
        }
        if let d = facts.dimensions {
            let (heightWord, widthWord) = facts.language == .de ? ("Höhe", "Breite") : ("hoogte", "breedte")
            x += "      <lido:objectMeasurementsWrap><lido:objectMeasurementsSet><lido:displayObjectMeasurements>\(e(d.display))</lido:displayObjectMeasurements><lido:objectMeasurements>"
            x += "<lido:measurementsSet><lido:measurementType>\(heightWord)</lido:measurementType><lido:measurementUnit>\(d.unit)</lido:measurementUnit><lido:measurementValue>\(DimensionStyler.number(d.height, comma: false))</lido:measurementValue></lido:measurementsSet>"
            x += "<lido:measurementsSet><lido:measurementType>\(widthWord)</lido:measurementType><lido:measurementUnit>\(d.unit)</lido:measurementUnit><lido:measurementValue>\(DimensionStyler.number(d.width, comma: false))</lido:measurementValue></lido:measurementsSet>"
            x += "</lido:objectMeasurements></lido:objectMeasurementsSet></lido:objectMeasurementsWrap>\n"
        }
        x += "    </lido:objectIdentificationWrap>\n"
        x += "    <lido:eventWrap><lido:eventSet><lido:event>\n"
        x += "      <lido:eventType><lido:term>\(facts.language == .de ? "Herstellung" : "production")</lido:term></lido:eventType>\n"
        for credit in facts.credits {
            x += "      <lido:eventActor><lido:displayActorInRole>\(e(credit.statement))</lido:displayActorInRole><lido:actorInRole><lido:actor lido:type=\"person\">"
            for uri in credit.authorityURIs { x += "<lido:actorID lido:type=\"purl\">\(e(uri))</lido:actorID>" }
            x += "<lido:nameActorSet><lido:appellationValue lido:pref=\"preferred\">\(e(credit.name))</lido:appellationValue></lido:nameActorSet></lido:actor>"
            x += "<lido:roleActor><lido:term xml:lang=\"\(lang)\">\(e(credit.role))</lido:term></lido:roleActor>"
            if let phrase = credit.qualifierPhrase { x += "<lido:attributionQualifierActor xml:lang=\"\(lang)\">\(e(phrase))</lido:attributionQualifierActor>" }
            x += "</lido:actorInRole></lido:eventActor>\n"
        }
        if let date = facts.date {
            x += "      <lido:eventDate><lido:displayDate>\(e(date.display))</lido:displayDate><lido:date><lido:earliestDate>\(date.earliest)</lido:earliestDate><lido:latestDate>\(date.latest)</lido:latestDate></lido:date></lido:eventDate>\n"
        }
        x += "      <lido:eventMaterialsTech><lido:displayMaterialsTech>\(e(facts.medium))</lido:displayMaterialsTech><lido:materialsTech>"
        for term in facts.mediumTerms { x += "<lido:termMaterialsTech lido:type=\"material\"><lido:term xml:lang=\"\(lang)\">\(e(term))</lido:term></lido:termMaterialsTech>" }
        x += "</lido:materialsTech></lido:eventMaterialsTech>\n"
        x += "    </lido:event></lido:eventSet></lido:eventWrap>\n"
        if facts.subject != nil || facts.related != nil {
            x += "    <lido:objectRelationWrap>\n"
            if let subject = facts.subject {
                x += "      <lido:subjectWrap><lido:subjectSet><lido:subject lido:type=\"iconography\"><lido:subjectConcept><lido:conceptID lido:type=\"notation\" lido:source=\"Iconclass\">\(e(subject.iconclass))</lido:conceptID><lido:term xml:lang=\"\(lang)\">\(e(subject.label))</lido:term></lido:subjectConcept></lido:subject></lido:subjectSet></lido:subjectWrap>\n"
            }
            if let related = facts.related {
                x += "      <lido:relatedWorksWrap><lido:relatedWorkSet><lido:relatedWork><lido:displayObject>\(e(related.label))</lido:displayObject><lido:object><lido:objectID lido:type=\"inventory number\">\(e(related.target))</lido:objectID></lido:object></lido:relatedWork>"
                x += "<lido:relatedWorkRelType><lido:term xml:lang=\"\(lang)\">\(e(related.term))</lido:term></lido:relatedWorkRelType></lido:relatedWorkSet></lido:relatedWorksWrap>\n"
            }
            x += "    </lido:objectRelationWrap>\n"
        }
        x += "  </lido:descriptiveMetadata>\n"
        x += "  <lido:administrativeMetadata xml:lang=\"\(lang)\">\n"
        x += "    <lido:recordWrap><lido:recordID lido:type=\"local\">\(facts.internalNumber)</lido:recordID><lido:recordType><lido:term>item</lido:term></lido:recordType><lido:recordSource><lido:legalBodyName><lido:appellationValue>\(e(facts.institution))</lido:appellationValue></lido:legalBodyName></lido:recordSource></lido:recordWrap>\n"
        if let image = facts.image {
            x += "    <lido:resourceWrap><lido:resourceSet><lido:resourceRepresentation><lido:linkResource>\(e(image))</lido:linkResource></lido:resourceRepresentation><lido:rightsResource><lido:rightsType><lido:conceptID>http://creativecommons.org/publicdomain/mark/1.0/</lido:conceptID><lido:term>Public Domain Mark</lido:term></lido:rightsType></lido:rightsResource></lido:resourceSet></lido:resourceWrap>\n"
        }
        x += "  </lido:administrativeMetadata>\n</lido:lido>\n"
        return x
    }
}
