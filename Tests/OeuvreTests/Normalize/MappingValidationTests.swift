import Foundation
import Normalize
import Testing

@Suite("Mapping files are validated completely when loaded")
struct MappingValidationTests {
    /// Writes a mapping into a fresh mappings folder (with the real vocabularies) and loads it.
    static func load(_ yaml: String) throws -> (file: String, result: Result<Mapping, any Error>) {
        let folder = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder + "/formats", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.packageRoot.appendingPathComponent("Mappings/vocab").path, toPath: folder + "/vocab")
        let file = folder + "/formats/test.yaml"
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        return (file, Result { try MappingLoader.load(file: file, mappingsDirectory: folder) })
    }

    static func error(_ yaml: String) throws -> (file: String, error: MappingError) {
        let (file, result) = try load(yaml)
        guard case .failure(let failure) = result, let error = failure as? MappingError else {
            throw TestServerError(message: "expected a MappingError, got \(result)")
        }
        return (file, error)
    }

    @Test func theShippedLIDOMappingIsValid() throws {
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        let mapping = try MappingLoader.load(file: mappings + "/formats/lido.yaml", mappingsDirectory: mappings)
        #expect(mapping.format == .lido)
        #expect(mapping.rules[.titles]?.isEmpty == false)
    }

    @Test func anUnknownFieldNamesFileLineAndKey() throws {
        let (file, error) = try Self.error("""
            format: lido
            namespaces:
              lido: http://www.lido-schema.org
            fields:
              titles: lido:titleSet/lido:appellationValue
              painter: lido:actor
            """)
        #expect(error.file == file)
        #expect(error.line == 6)
        #expect(error.key == "fields.painter")
        #expect(error.description.contains("unknown field"))
        #expect(error.description.contains("agents"))
    }

    @Test func anInvalidXPathIsReported() throws {
        let (_, error) = try Self.error("""
            format: lido
            namespaces:
              lido: http://www.lido-schema.org
            fields:
              titles:
                - each: lido:titleSet[
                  text: .
            """)
        #expect(error.line == 6)
        #expect(error.key == "fields.titles.each")
        #expect(error.message.contains("invalid XPath"))
    }

    @Test func anUndeclaredNamespacePrefixIsReported() throws {
        let (_, error) = try Self.error("""
            format: lido
            fields:
              titles: lido:titleSet/lido:appellationValue
            """)
        #expect(error.line == 3)
        #expect(error.message.contains("prefix 'lido:'"))
    }

    @Test func aMissingVocabularyFileIsReported() throws {
        let (_, error) = try Self.error("""
            format: lido
            namespaces:
              lido: http://www.lido-schema.org
            fields:
              titles: lido:title
              materials:
                - value: lido:term
                  lookup: pigments
            """)
        #expect(error.line == 8)
        #expect(error.key == "fields.materials.lookup")
        #expect(error.message.contains("vocab/pigments.csv"))
    }

    @Test func anUnknownRuleKeyAndAnUnknownParserAreReported() throws {
        let (_, keyError) = try Self.error("""
            format: lido
            namespaces: {lido: "http://www.lido-schema.org"}
            fields:
              titles:
                - text: lido:title
                  colour: red
            """)
        #expect(keyError.key == "fields.titles.colour")
        let (_, parserError) = try Self.error("""
            format: lido
            namespaces: {lido: "http://www.lido-schema.org"}
            fields:
              date:
                - value: lido:displayDate
                  parse: dimensions
            """)
        #expect(parserError.key == "fields.date.parse")
        #expect(parserError.message.contains("valid: date"))
    }

    @Test func anOverrideReplacesOnlyTheFieldsItNames() throws {
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        let folder = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder + "/overrides", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: mappings + "/formats", toPath: folder + "/formats")
        try FileManager.default.copyItem(atPath: mappings + "/vocab", toPath: folder + "/vocab")
        try """
            extends: formats/lido.yaml
            fields:
              institution:
                - constant: Koninklijk Museum voor Schone Kunsten Antwerpen (KMSKA)
            """.write(toFile: folder + "/overrides/kmska.yaml", atomically: true, encoding: .utf8)
        let base = try MappingLoader.load(file: folder + "/formats/lido.yaml", mappingsDirectory: folder)
        let override = try MappingLoader.load(file: folder + "/overrides/kmska.yaml", mappingsDirectory: folder)
        #expect(override.rules[.institution]?.first?.constant == "Koninklijk Museum voor Schone Kunsten Antwerpen (KMSKA)")
        #expect(override.rules[.titles]?.count == base.rules[.titles]?.count)
        #expect(override.fingerprint != base.fingerprint)
    }
}
