import Foundation
import Model

/// Renders a normalized record field by field, each value with the source path it came from.
enum RecordExplanation {
    static func render(_ record: CatalogueRecord) -> String {
        var rows: [[String]] = []
        func add(_ field: String, _ value: String, _ origin: String?) { rows.append([field, value, origin ?? ""]) }
        if let institution = record.institution { add("institution", institution.name, institution.origin) }
        for title in record.titles { add("title", "\(title.text)\(title.language.map { " @\($0)" } ?? "")\(title.preferred ? " (preferred)" : "")", title.origin) }
        for agent in record.agents {
            let ids = agent.authorityIDs.map { "\($0.scheme.rawValue):\($0.value)" }.joined(separator: " ")
            add("agent", "\(agent.name) [\(agent.qualifier.rawValue)]\(agent.role.map { " role \($0)" } ?? "")\(ids.isEmpty ? "" : " ids \(ids)")", agent.origin)
        }
        if let date = record.date { add("date", "\(date.display) → \(date.earliest.map(String.init) ?? "?")…\(date.latest.map(String.init) ?? "?")", date.origin) }
        for dimensions in record.dimensions {
            let numbers = [dimensions.height, dimensions.width, dimensions.depth].map { $0.map { String(format: "%g", $0) } ?? "?" }.joined(separator: " × ")
            add("dimensions", "\(numbers) \(dimensions.unit) (\(dimensions.part.rawValue))", dimensions.origin)
        }
        for term in record.objectTypes { add("object type", term.label + (term.uri.map { " <\($0)>" } ?? ""), term.origin) }
        for term in record.materials { add("material", term.label + (term.uri.map { " <\($0)>" } ?? ""), term.origin) }
        for term in record.techniques { add("technique", term.label, term.origin) }
        if let number = record.inventoryNumber { add("inventory number", "\(number.written) → \(number.normalized)", number.origin) }
        for subject in record.subjects { add("subject", [subject.label, subject.iconclass.map { "Iconclass \($0)" }].compactMap { $0 }.joined(separator: " "), subject.origin) }
        for identifier in record.identifiers { add("identifier", "\(identifier.scheme.rawValue): \(identifier.value)", identifier.origin) }
        for image in record.images { add("image", "\(image.kind.rawValue): \(image.url)", image.origin) }
        for rights in record.rights { add("rights", rights.label + (rights.uri.map { " <\($0)>" } ?? ""), rights.origin) }
        for description in record.descriptions { add("description", String(description.text.prefix(80)) + (description.text.count > 80 ? "…" : ""), description.origin) }
        for entry in record.provenance { add("provenance", entry.text, entry.origin) }
        for related in record.relatedWorks { add("related work", "\(related.relation) → \(related.target ?? related.label ?? "?")", related.origin) }
        if let url = record.sourceURL { add("source URL", url, nil) }
        var text = TextTable.render(header: ["FIELD", "VALUE", "FROM"], rows: rows)
        for warning in record.warnings { text += "\nwarning: \(warning)" }
        return text
    }
}
