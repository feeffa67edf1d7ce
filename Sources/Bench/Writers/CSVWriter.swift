/// Writes a record as one CSV row with the column set of `Mappings/formats/csv.yaml`, plus the columns a Wikidata
/// export has that the mapping does not read (`rkd_image` = P350, `based_on` = P144).
enum CSVWriter {
    static let header = "id,title,title_language,creator,date,dimensions,object_type,medium,inventory_number,institution,image_url,iconclass,rights,rkd_image,based_on\n"

    static func record(_ facts: RecordFacts, basedOn: String?) -> String {
        let c = Escape.csv
        var date = facts.date?.display ?? ""
        if let stated = facts.date, facts.source.kind == .wikidata, stated.display == String(stated.earliest), facts.objectIndex % 3 == 0 {
            date = "\(stated.earliest)-01-01T00:00:00Z"
        }
        let fields = [
            facts.recordID,
            facts.titles[0].text,
            facts.titles[0].language?.rawValue ?? "",
            creator(facts),
            date,
            facts.dimensions?.display ?? "",
            facts.objectType,
            facts.medium,
            facts.inventory ?? "",
            facts.institution,
            facts.image ?? "",
            facts.subject?.iconclass ?? "",
            "http://creativecommons.org/publicdomain/mark/1.0/",
            facts.rkdImage.map(String.init) ?? "",
            basedOn ?? "",
        ]
        return fields.map(c).joined(separator: ",") + "\n"
    }

    /// One attribution statement the attribution parser reads: `workshop of Peter Paul Rubens`,
    /// `nach Peter Paul Rubens, gestochen von Lucas Vorsterman`, `P.P. Rubens inv., L. Vorsterman sculp.`.
    static func creator(_ facts: RecordFacts) -> String {
        guard let main = facts.credits.last else { return "" }
        if facts.kind == .print, let engraver = facts.credits.first, facts.credits.count > 1 {
            if facts.objectIndex % 4 == 0 {
                return "\(main.artist.plainName) inv., \(engraver.artist.plainName) sculp."
            }
            let phrase = main.qualifierPhrase ?? "after"
            let engraved = ["nl": "gegraveerd door", "de": "gestochen von", "fr": "gravé par"][facts.language.rawValue] ?? "engraved by"
            return "\(phrase) \(main.artist.plainName), \(engraved) \(engraver.artist.plainName)"
        }
        return main.statement
    }
}
