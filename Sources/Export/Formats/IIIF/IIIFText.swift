import Model

/// IIIF language maps and metadata entries.
enum IIIFText {
    /// `{"nl": ["…"]}`, or `{"none": ["…"]}` when the language is not known.
    static func label(_ text: String, language: String?) -> JSONValue {
        .object([(language.flatMap { $0.isEmpty ? nil : $0 } ?? "none", .array([.string(text)]))])
    }

    /// A metadata entry: an English label and a value without a language.
    static func entry(_ label: String, _ value: String) -> JSONValue {
        .object([("label", .object([("en", .array([.string(label)]))])), ("value", .object([("none", .array([.string(value)]))]))])
    }

    /// The work's title in its language, or its id when no record has a title.
    static func workLabel(_ work: ExportWork, language: String?) -> JSONValue {
        let records = work.records.compactMap(\.record)
        guard let title = RecordText.preferredTitle(records, language: language) else { return label(work.id.rawValue, language: nil) }
        return label(title.text, language: title.language)
    }

    /// What a viewer shows beside the images: creators, date, holders and numbers, types, the work and its records.
    static func metadata(_ work: ExportWork) -> [JSONValue] {
        let records = work.records.compactMap(\.record)
        var entries: [JSONValue] = []
        func add(_ label: String, _ values: [String]) {
            let values = RecordText.distinct(values)
            if !values.isEmpty { entries.append(entry(label, values.joined(separator: "; "))) }
        }
        add("Creator", records.flatMap { $0.agents.map(RecordText.creator) })
        add("Date", records.compactMap { $0.date?.display })
        add("Institution", records.compactMap { $0.institution?.name })
        add("Inventory number", records.compactMap { $0.inventoryNumber?.written })
        add("Object type", records.flatMap { $0.objectTypes.map(\.label) })
        add("Dimensions", records.flatMap { $0.dimensions.map(RecordText.dimensions) })
        add("Rights", records.flatMap { $0.rights.map { $0.uri ?? $0.label } })
        add("Oeuvre work", [work.id.rawValue])
        add("Records", records.map(\.key.description))
        return entries
    }
}
