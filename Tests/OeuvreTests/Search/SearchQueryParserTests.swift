import Model
@testable import Search
import Testing

@Suite("Search query language")
struct SearchQueryParserTests {
    static func parse(_ text: String) throws -> QueryNode? {
        try SearchQuery(parsing: text).root
    }

    static func word(_ token: String, field: TextField? = nil, prefix: Bool = false) -> QueryNode {
        .text(TextMatch(tokens: [token], prefix: prefix, field: field))
    }

    static func error(_ text: String) -> QueryError? {
        do {
            _ = try SearchQuery(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func wordsAreFoldedAndJoinedByAnd() throws {
        #expect(try Self.parse("Anbetung der Könige") == .and([Self.word("anbetung"), Self.word("der"), Self.word("konige")]))
        #expect(try Self.parse("  ") == nil)
        #expect(try Self.parse("*") == nil)
    }

    @Test func elidedArticlesAreDroppedFromWordsButNotFromQuotedPhrases() throws {
        #expect(try Self.parse("L'Adoration des mages") == .and([Self.word("adoration"), Self.word("des"), Self.word("mages")]))
        #expect(try Self.parse("Musée d\u{2019}Anvers") == .and([Self.word("musee"), Self.word("anvers")]))
        #expect(try Self.parse("\"L'Adoration des mages\"") == .text(TextMatch(tokens: ["l", "adoration", "des", "mages"], exact: true)))
        // A word that only looks like one keeps both parts.
        #expect(try Self.parse("O'Neill") == .text(TextMatch(tokens: ["o", "neill"])))
    }

    @Test func orBindsTighterThanAndAndNotTighterStill() throws {
        #expect(try Self.parse("rubens kruisafneming OR descent") == .and([Self.word("rubens"), .or([Self.word("kruisafneming"), Self.word("descent")])]))
        #expect(try Self.parse("rubens -qualifier:after") == .and([Self.word("rubens"), .not(.filter(.qualifier(.after)))]))
        #expect(try Self.parse("NOT (a OR b) c") == .and([.not(.or([Self.word("a"), Self.word("b")])), Self.word("c")]))
        #expect(try Self.parse("a AND b") == .and([Self.word("a"), Self.word("b")]))
        // Lower-case operators are words.
        #expect(try Self.parse("Venus and Adonis") == .and([Self.word("venus"), Self.word("and"), Self.word("adonis")]))
    }

    @Test func phrasesPrefixesAndRanges() throws {
        #expect(try Self.parse("\"Peter Paul Rubens\"") == .text(TextMatch(tokens: ["peter", "paul", "rubens"], exact: true)))
        #expect(try Self.parse("Anbet*") == Self.word("anbet", prefix: true))
        #expect(try Self.parse("\"anbetung der kön\"*") == .text(TextMatch(tokens: ["anbetung", "der", "kon"], prefix: true, exact: true)))
        #expect(try Self.parse("Rubens workshop 1615..1620") == .and([Self.word("rubens"), Self.word("workshop"), .filter(.date(from: 1615, to: 1620))]))
        // An inventory number is one term of several tokens.
        #expect(try Self.parse("Gal.-Nr. 962B") == .and([.text(TextMatch(tokens: ["gal", "nr"])), Self.word("962b")]))
    }

    @Test func fields() throws {
        #expect(try Self.parse("creator:\"van Dyck\"") == .text(TextMatch(tokens: ["van", "dyck"], exact: true, field: .creator)))
        #expect(try Self.parse("creator: rubens") == Self.word("rubens", field: .creator))
        #expect(try Self.parse("institution:(Dresden OR Antwerpen)") == .or([Self.word("dresden", field: .institution), Self.word("antwerpen", field: .institution)]))
        #expect(try Self.parse("qualifier:Werkstatt") == .filter(.qualifier(.workshopOf)))
        #expect(try Self.parse("qualifier:\"copy after\"") == .filter(.qualifier(.after)))
        #expect(try Self.parse("type:Gemälde") == .filter(.type("gemalde")))
        #expect(try Self.parse("has:image") == .filter(.hasImage))
        #expect(try Self.parse("date:1615") == .filter(.date(from: 1615, to: 1615)))
        #expect(try Self.parse("date:..1600") == .filter(.date(from: nil, to: 1600)))
        #expect(try Self.parse("decade:1610") == .filter(.date(from: 1610, to: 1619)))
        #expect(try Self.parse("source:KMSKA") == .filter(.source("kmska")))
        #expect(try Self.parse("id:kmska:IB298") == .filter(.id("kmska:IB298")))
        #expect(try Self.parse("iconclass:73D") == .text(TextMatch(tokens: ["73d"], prefix: true, field: .subject)))
    }

    @Test func malformedQueriesPointAtTheProblem() throws {
        let quote = try #require(Self.error("Rubens \"Anbetung der"))
        #expect(quote.description == "query error at column 8: this quote is not closed; close the phrase with a second \" or remove the quote")
        #expect(quote.pointer == "  Rubens \"Anbetung der\n         ^")
        #expect(Self.error("date:abc")?.description == "query error at column 6: `date:abc` is not a year or a range of years; write date:1615 or date:1610..1620 (either end may be left out)")
        #expect(Self.error("date:1620..1610")?.description == "query error at column 6: `date:1620..1610` ends before it starts; write date:1610..1620")
        #expect(Self.error("(rubens OR jordaens")?.description == "query error at column 1: this parenthesis is not closed")
        #expect(Self.error("rubens)")?.description == "query error at column 7: this closing parenthesis has no opening one")
        #expect(Self.error("rubens OR")?.description == "query error at column 8: OR needs a term on each side")
        #expect(Self.error("AND rubens")?.description == "query error at column 1: AND needs a term on each side")
        #expect(Self.error("rubens NOT")?.description == "query error at column 8: NOT needs a term after it")
        #expect(Self.error("()")?.description == "query error at column 1: these parentheses are empty")
        #expect(Self.error("maker:rubens")?.description == "query error at column 1: unknown field `maker:`; fields are creator, institution, type, qualifier, date, decade, has, source, id, title, subject, iconclass, description; to search for the text, put it in quotes")
        #expect(Self.error("qualifier:sometimes")?.description == "query error at column 11: unknown qualifier `sometimes`; use one of autograph, attributed, workshop, studio, circle, follower, school, after, manner, collaboration")
        #expect(Self.error("has:video")?.description == "query error at column 5: `has:` takes `image`")
        #expect(Self.error("creator:")?.description == "query error at column 1: `creator:` needs a value right after it")
        #expect(Self.error("creator:(title:x)")?.description == "query error at column 10: a field cannot stand inside the value of `creator:`")
        #expect(Self.error(String(repeating: "(", count: 20) + "x" + String(repeating: ")", count: 20))?.message == "parentheses are nested more than 16 deep")
        #expect(Self.error(Array(repeating: "w", count: 65).joined(separator: " "))?.message == "the query has more than 64 terms; search with fewer")
    }

    @Test func aTenKilobyteQueryIsRefusedWithItsLength() throws {
        let long = String(repeating: "Rubens ", count: 1463)
        let error = try #require(Self.error(long))
        #expect(error.description == "query error at column 1001: the query is 10241 characters long; at most 1000 are read")
        // The pointer shows a window of the query, not all of it.
        #expect(error.pointer.count < 200)
    }

    @Test func ftsSyntaxIsReadAsWords() throws {
        // `"*"` has no word in it; NEAR is a word like any other.
        #expect(try Self.parse("\"*\" NEAR") == Self.word("near"))
        #expect(try Self.parse("NEAR(a b)") == .and([Self.word("near"), Self.word("a"), Self.word("b")]))
        #expect(try Self.parse("^rubens") == Self.word("rubens"))
        #expect(try Self.parse("{title}") == Self.word("title"))
        // `x:` where x is not a field is an error pointing at it, not FTS5's column filter.
        #expect(Self.error("rowid:1")?.position == 0)
    }

    @Test func queriesBuiltInCodeCompose() throws {
        let query = try SearchQuery(parsing: "kruisafneming").adding(.filter(.source("kmska")))
        #expect(query.root == .and([Self.word("kruisafneming"), .filter(.source("kmska"))]))
        #expect(SearchQuery.all.adding(.filter(.hasImage)).root == .filter(.hasImage))
    }

    @Test func theMatchExpressionQuotesEveryWord() throws {
        let plan = QueryPlan(try Self.parse("creator:rubens \"a b\" -qualifier:after"))
        #expect(plan.match?.text == "({agent} : \"rubens\" AND \"a b\") NOT {keys} : \"zzqual0after\"")
        // The same expression as steps over its phrases, numbered in the order of the text.
        #expect(plan.match?.steps == [.phrase(0), .phrase(1), .and(2), .phrase(2), .not])
        #expect(plan.match?.scoring == [true, true, false])
        #expect(plan.match?.keyTokens == [nil, nil, "zzqual0after"])
        #expect(plan.scored)
        #expect(QueryPlan(try Self.parse("has:image")).scored == false)
        #expect(QueryPlan(try Self.parse("date:1610..1620")).match == nil)
        #expect(KeyToken.source("europeana-rubens") == "zzsrc0europeanax2drubens")
    }
}
