import Foundation
import Model
import Normalize

/// Reduces a normalized record to its ``LinkFeatures``.
public struct FeatureExtractor: Sendable {
    public let tables: LinkTables

    public init(tables: LinkTables) {
        self.tables = tables
    }

    /// The features of one record.
    public func features(of record: CatalogueRecord) -> LinkFeatures {
        features(of: record, memo: ExtractionMemo())
    }

    /// The features of one record, with results for repeated names, titles and terms taken from `memo` (one memo
    /// per thread: names and subjects repeat across thousands of records).
    func features(of record: CatalogueRecord, memo: ExtractionMemo) -> LinkFeatures {
        var concepts: [String] = []
        var words: [String] = []
        for title in record.titles {
            let analysis = memo.analysis(title.text) { tables.iconography.analyze($0) }
            for concept in analysis.concepts where !concepts.contains(concept) { concepts.append(concept) }
            for word in analysis.words where !words.contains(word) { words.append(word) }
        }
        let institution = record.institution.map { name in memo.institution(name.name) { institutionID($0) } }
        let kind = objectKind(record, memo: memo)
        let (height, width) = size(record.dimensions)
        let makers = record.agents.filter { agent in
            guard kind == .print, let role = agent.role else { return true }
            return !memo.isReproductiveRole(role) { self.isReproductiveRole($0 as String) }
        }
        let main = makers.first ?? record.agents.first
        var agents: [String] = []
        var agentForms: [String] = []
        for agent in makers + record.agents {
            let (surname, initials) = memo.identity(agent.name)
            guard !surname.isEmpty else { continue }
            if !agents.contains(surname) { agents.append(surname) }
            let form = surname + "|" + initials
            if !agentForms.contains(form) { agentForms.append(form) }
        }
        let afterAgent = record.agents.first { $0.qualifier == .after }.map { memo.identity($0.name).surname }
        return LinkFeatures(
            key: record.key,
            institution: institution?.id,
            institutionKnown: institution?.known ?? false,
            inventory: record.inventoryNumber.map { Self.inventoryKey($0.normalized) }.flatMap { $0.isEmpty ? nil : $0 },
            identifiers: objectIdentifiers(record),
            concepts: concepts,
            words: words,
            iconclass: Array(Set(record.subjects.compactMap(\.iconclass))).sorted(),
            earliest: record.date?.earliest,
            latest: record.date?.latest,
            kind: kind,
            support: support(record, memo: memo),
            height: height,
            width: width,
            agents: agents,
            agentForms: agentForms,
            qualifier: main?.qualifier,
            afterAgent: afterAgent,
            statements: statements(record, kind: kind))
    }

    /// An inventory number reduced to upper-case letters and digits: `GG_429`, `GG 429` and `gg-429` compare equal.
    static func inventoryKey(_ normalized: String) -> String {
        // ASCII (most numbers): letters and digits, upper-cased, byte by byte.
        if normalized.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: normalized.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 0x20
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                default: nil
                }
            }, as: UTF8.self)
        }
        return String(String.UnicodeScalarView(normalized.uppercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }

    func institutionID(_ name: String) -> (id: String, known: Bool) {
        let folded = TextFolding.fold(name)
        if let id = tables.institutions[folded] { return (id, true) }
        return (folded, false)
    }

    /// Identifiers that name the object in a registry shared between sources; local and OAI ids are the source's own.
    func objectIdentifiers(_ record: CatalogueRecord) -> [String] {
        var result: Set<String> = []
        for identifier in record.identifiers {
            switch identifier.scheme {
            case .wikidata, .rkd, .europeana, .uri: result.insert(Self.identifierKey(identifier.scheme, identifier.value))
            default: continue
            }
        }
        return result.sorted()
    }

    static func identifierKey(_ scheme: IdentifierScheme, _ value: String) -> String {
        switch scheme {
        case .uri:
            // http and https, a trailing slash and a `#this` fragment name the same resource.
            var uri = ByteSearch.contains(value, "https://") ? value.replacingOccurrences(of: "https://", with: "http://") : value
            if uri.hasSuffix("#this") { uri.removeLast(5) }
            while uri.hasSuffix("/") { uri.removeLast() }
            return "uri:" + uri
        case .wikidata: return "wikidata:" + value.uppercased()
        default: return "\(scheme.rawValue):\(value)"
        }
    }

    func objectKind(_ record: CatalogueRecord, memo: ExtractionMemo = ExtractionMemo()) -> ObjectKind {
        var found: [ObjectKind] = []
        for term in record.objectTypes + record.techniques {
            if let uri = term.uri, let kind = tables.kinds[uri] { found.append(kind); continue }
            if let kind = tables.kinds[memo.folded(term.label)] { found.append(kind) }
        }
        // The most specific kind wins: an oil sketch is also a painting, an engraving also a print.
        for kind in [ObjectKind.oilSketch, .print, .drawing, .tapestry, .sculpture, .painting] where found.contains(kind) {
            return kind
        }
        return .unknown
    }

    func support(_ record: CatalogueRecord, memo: ExtractionMemo) -> String? {
        var named: UInt8 = 0
        for material in record.materials {
            named |= memo.supportBits(material.label) { label in
                let folded = TextFolding.fold(label)
                var bits: UInt8 = 0
                for (index, (_, words)) in Self.supports.enumerated() where words.contains(where: { folded.contains($0) }) { bits |= 1 << index }
                return bits
            }
        }
        // The first support in the list that any label names.
        return Self.supports.indices.first { named & (1 << $0) != 0 }.map { Self.supports[$0].0 }
    }

    static let supports: [(String, [String])] = [
        ("canvas", ["canvas", "doek", "leinwand", "toile"]),
        ("panel", ["panel", "paneel", "wood", "hout", "holz", "bois", "oak", "eik"]),
        ("copper", ["copper", "koper", "kupfer", "cuivre"]),
        ("paper", ["paper", "papier"]),
    ]

    /// The support's height and width in cm; else the object's; else the first measured.
    func size(_ dimensions: [Dimensions]) -> (Double?, Double?) {
        let measured = dimensions.filter { $0.height != nil && $0.width != nil }
        let order: [MeasuredPart] = [.support, .object, .unknown, .image, .sheet, .plate, .sight, .frame]
        guard let best = measured.min(by: { (order.firstIndex(of: $0.part) ?? 9) < (order.firstIndex(of: $1.part) ?? 9) }) else { return (nil, nil) }
        let factor: Double = switch best.unit.lowercased() {
        case "mm": 0.1
        case "m": 100
        case "in", "inch", "inches": 2.54
        default: 1
        }
        return (best.height.map { $0 * factor }, best.width.map { $0 * factor })
    }

    func isReproductiveRole(_ role: String?) -> Bool {
        guard let role else { return false }
        return isReproductiveRole(role)
    }

    func isReproductiveRole(_ role: String) -> Bool {
        let folded = TextFolding.fold(role)
        return ["engraver", "graveur", "stecher", "etcher", "publisher", "uitgever", "verleger", "editeur", "printmaker", "prentmaker"].contains { folded.contains($0) }
    }

    func statements(_ record: CatalogueRecord, kind: ObjectKind) -> [RelationStatement] {
        var result: [RelationStatement] = []
        for statement in record.relatedWorks {
            var relation = tables.relationPhrases.relation(in: statement.relation)
                ?? statement.label.flatMap { tables.relationPhrases.relation(in: $0) }
            if relation == .copyAfter, kind == .print { relation = .printAfter }
            var targets: [String] = []
            if let target = statement.target { targets += Self.targetKeys(target) }
            if let label = statement.label { targets += Self.inventoryMentions(label) }
            result.append(RelationStatement(relation: relation, phrase: [statement.relation, statement.label].compactMap { $0 }.joined(separator: ": "), targets: targets))
        }
        // Descriptions such as "Kopie nach dem Gemälde in Dresden (Gal.-Nr. 962 B)".
        for description in record.descriptions {
            let mentions = Self.inventoryMentions(description.text)
            guard !mentions.isEmpty, var relation = tables.relationPhrases.relation(in: description.text) else { continue }
            if relation == .copyAfter, kind == .print { relation = .printAfter }
            result.append(RelationStatement(relation: relation, phrase: String(description.text.prefix(120)), targets: mentions))
        }
        return result
    }

    /// Keys a written target can be resolved by: a Wikidata id, a URI, or an inventory number.
    static func targetKeys(_ target: String) -> [String] {
        let trimmed = target.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > 1, trimmed.first == "Q", trimmed.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) { return ["wikidata:" + trimmed] }
        if trimmed.contains("wikidata.org/"), let range = trimmed.range(of: #"wikidata\.org/(wiki|entity)/(Q[0-9]+)"#, options: .regularExpression) {
            let q = trimmed[range].split(separator: "/").last.map(String.init) ?? ""
            return ["wikidata:" + q, identifierKey(.uri, trimmed)]
        }
        if trimmed.hasPrefix("http") { return [identifierKey(.uri, trimmed)] }
        let inventory = inventoryKey(InventoryNumberParser.parse(trimmed).normalized)
        return inventory.isEmpty ? [] : ["inv:" + inventory]
    }

    /// Inventory numbers mentioned in free text: `inv. 312`, `inv. nr. 257`, `Gal.-Nr. 962 B`.
    static func inventoryMentions(_ text: String) -> [String] {
        // Most descriptions mention none: the expression only runs on text with one of the words it starts with.
        guard mayMentionInventory(text) else { return [] }
        return inventoryMentionsByExpression(text)
    }

    /// ``inventoryMentions(_:)`` without the check that rules text out first.
    static func inventoryMentionsByExpression(_ text: String) -> [String] {
        let ns = text as NSString
        return inventoryMention.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            let written = ns.substring(with: match.range)
            let normalized = inventoryKey(InventoryNumberParser.parse(written).normalized)
            return normalized.isEmpty ? nil : "inv:" + normalized
        }
    }

    /// Compiled once; NSRegularExpression is immutable and safe to share between threads.
    nonisolated(unsafe) private static let inventoryMention = try! NSRegularExpression(
        pattern: #"(?i)(inv(entaris|entar)?\.?\s*(nr\.?|no\.?)?|gal\.?-?\s*nr\.?|cat\.?\s*no\.?)\s*([A-Za-z]{0,3}[0-9][0-9A-Za-z./ -]{0,10}[0-9A-Za-z])"#)

    /// True when a mention could start in the text: `inv`, `gal` or `cat` in any case (every mention starts with
    /// one of them), followed by at most 12 letters (`entaris`, `nr`, a prefix such as `IB`) among dots, hyphens
    /// and white space, and then a digit. Anything else after the word rules out a mention there, so the
    /// expression only runs on text that may hold one (descriptions mention `Christus` and `catalogus` often,
    /// inventory numbers rarely).
    static func mayMentionInventory(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { utf8 in
            var index = 2
            while index < utf8.count {
                let word = (utf8[index - 2] | 0x20, utf8[index - 1] | 0x20, utf8[index] | 0x20)
                index += 1
                switch word {
                case (0x69, 0x6E, 0x76), (0x67, 0x61, 0x6C), (0x63, 0x61, 0x74): break  // inv, gal, cat
                default: continue
                }
                var letters = 0
                var cursor = index
                scan: while cursor < utf8.count {
                    let byte = utf8[cursor]
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): return true
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        letters += 1
                        if letters > 12 { break scan }
                    case UInt8(ascii: "."), UInt8(ascii: "-"), 0x09...0x0D, 0x20, 0x80...: break
                    default: break scan
                    }
                    cursor += 1
                }
            }
            return false
        }
    }
}
