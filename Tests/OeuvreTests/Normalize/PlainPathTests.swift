import Foundation
@testable import Harvest
import Model
@testable import Normalize
import Testing

/// Plain XPaths are walked over the tree directly; these tests hold the walk to libxml2's XPath answers.
@Suite("Plain paths walked without libxml2's XPath engine")
struct PlainPathTests {
    static let lido = ["lido": "http://www.lido-schema.org"]

    @Test(arguments: [
        ("lido:eventDate/lido:date/lido:earliestDate", true), ("lido:term[1]", true), (".", true), ("../lido:legalBodyID", true),
        ("../../lido:eventType/lido:term", true), ("@xml:lang", true), ("@lido:pref", true), ("lido:appellationValue/@xml:lang", true),
        ("lido:conceptID[starts-with(., 'http')][1]", true), ("lido:appellationValue[not(@lido:pref='alternate')][1]", true),
        ("lido:appellationValue[@xml:lang or @lido:pref='alternate']", true), ("lido:t[not(@lido:type) or @lido:type!='technique']", true),
        ("lido:x[@a='1/2']/lido:y", true), ("lido:c[translate(@lido:source, 'ICONLAS', 'iconlas')='iconclass']", false),
        ("lido:event[lido:eventType/lido:term='acquisition']/lido:displayEvent", false), ("lido:t[@a = 'x' and]", false), ("lido:t[@a='x]", false),
        ("lido:a/../lido:b", false), ("//lido:term", false), ("/lido:lido", false),
        ("lido:*", false), ("lido:a | lido:b", false), ("@lido:pref/lido:x", false), ("unknown:x", false), ("lido:term[0]", false),
        ("count(lido:term)", false), ("lido:term[last()]", false), ("text()", false),
    ])
    func whichPathsAreWalked(_ path: String, _ walked: Bool) throws {
        #expect((PlainPath(path, namespaces: Self.lido) != nil) == walked, "\(path)")
    }

    /// Every path of the shipped XML mappings, on every XML fixture those mappings read, at the record and at every
    /// node a rule iterates over: the walk gives what libxml2 gives.
    @Test(arguments: GoldenCases.all.filter { $0.mapping.hasSuffix("lido.yaml") || $0.mapping.hasSuffix("edm.yaml") || $0.mapping.hasSuffix("dc.yaml") })
    func theWalkAnswersAsLibxml2Does(_ testCase: GoldenCases.Case) throws {
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        let mapping = try MappingLoader.load(file: mappings + "/" + testCase.mapping, mappingsDirectory: mappings)
        let tree = try XMLTree(bytes: try Fixtures.bytes(testCase.fixture))
        let root = try #require(tree.root)
        let walking = try XPathEvaluator(for: root, namespaces: mapping.namespaces)
        let libxml2 = try XPathEvaluator(for: root, namespaces: mapping.namespaces)
        libxml2.walksPlainPaths = false
        var contexts = [root]
        for rules in mapping.rules.values {
            for rule in rules {
                guard let each = rule.each, let expression = mapping.compiled[each] else { continue }
                contexts += try libxml2.nodes(expression, at: root)
            }
        }
        var compared = 0
        for (path, expression) in mapping.compiled.sorted(by: { $0.key < $1.key }) where expression.isPlainPath {
            for context in contexts {
                let expected = try libxml2.strings(expression, at: context)
                #expect(try walking.strings(expression, at: context) == expected, "\(path) in \(testCase.fixture)")
                #expect(try walking.nodes(expression, at: context).map(\.pointer) == libxml2.nodes(expression, at: context).map(\.pointer), "\(path)")
                compared += expected.count
            }
        }
        #expect(compared > 0, "no plain path selected anything in \(testCase.fixture)")
    }

    @Test func mostPathsOfTheLIDOMappingAreWalked() throws {
        let mappings = Fixtures.packageRoot.appendingPathComponent("Mappings").path
        let mapping = try MappingLoader.load(file: mappings + "/formats/lido.yaml", mappingsDirectory: mappings)
        let plain = mapping.compiled.values.filter(\.isPlainPath).count
        #expect(plain * 3 > mapping.compiled.count * 2, "\(plain) of \(mapping.compiled.count)")
    }

    /// More nodes than the walk's buffer, positions, attributes in and out of a namespace, and a prefix bound to
    /// another URI than the document's.
    @Test func edgeCasesAnswerAsLibxml2Does() throws {
        let items = (1...300).map { "<l:item n=\"\($0)\" l:n=\"q\($0)\"><l:term>t\($0)a</l:term><l:term>t\($0)b</l:term><term>bare</term></l:item>" }.joined()
        let xml = "<l:root xmlns:l=\"http://www.lido-schema.org\" xmlns:o=\"urn:other\"><l:set>\(items)</l:set><l:set><l:item xml:lang=\"nl\"><o:term>other</o:term></l:item></l:set></l:root>"
        let tree = try XMLTree(string: xml)
        let root = try #require(tree.root)
        let namespaces = ["lido": "http://www.lido-schema.org", "other": "urn:other", "wrong": "urn:wrong"]
        let walking = try XPathEvaluator(for: root, namespaces: namespaces)
        let libxml2 = try XPathEvaluator(for: root, namespaces: namespaces)
        libxml2.walksPlainPaths = false
        for path in ["lido:set/lido:item/lido:term", "lido:set/lido:item/lido:term[2]", "lido:set/lido:item/term", "lido:set/lido:item/@n",
                     "lido:set/lido:item/@lido:n", "lido:set[2]/lido:item/@xml:lang", "lido:set/lido:item/other:term", "lido:set/lido:item/wrong:term",
                     "lido:set[2]/lido:item[1]/other:term/../@xml:lang", "lido:set[3]/lido:item",
                     "lido:set/lido:item[@n='7']/lido:term", "lido:set/lido:item[@n!='7'][3]/lido:term[2]", "lido:set/lido:item[not(@n='7')][1]/@n",
                     "lido:set/lido:item[@lido:n='q5' or @n='9']/@n", "lido:set/lido:item[@xml:lang]/other:term", "lido:set/lido:item[not(@n)]/other:term",
                     "lido:set/lido:item/lido:term[starts-with(., 't1')][2]", "lido:set/lido:item[1][@n='1']/@n", "lido:set/lido:item[@n='1'][1]/@n",
                     "lido:set/lido:item[@n='3' and @lido:n='q3']/lido:term[1]", "lido:set/lido:item[@n='3' and @lido:n='q4']/lido:term",
                     "lido:set/lido:item[@lido:n!='q1' and not(starts-with(., 't2'))][5]/@n", "lido:set/lido:item[@missing!='x']/@n"] {
            let expression = try CompiledXPath(path, namespaces: namespaces)
            #expect(try walking.strings(expression, at: root) == libxml2.strings(expression, at: root), "\(path)")
            if !path.contains("..") { #expect(expression.isPlainPath, "\(path)") }
        }
        let first = try #require(try libxml2.nodes(CompiledXPath("lido:set/lido:item[1]/lido:term[1]"), at: root).first)
        let up = try CompiledXPath("../@n", namespaces: namespaces)
        #expect(up.isPlainPath)
        #expect(try walking.strings(up, at: first) == ["1"])
    }
}
