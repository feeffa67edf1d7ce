import Foundation
import Model
import Normalize

/// One agent name with the preferred name (and Wikidata id, when the table has one) it must normalize to.
struct AgentNameCase: Sendable, CustomStringConvertible {
    let input: String
    let preferredName: String
    /// True when the name must be found in the table; false when it must come back cleaned, with no identifiers.
    let found: Bool
    let wikidata: String?

    init(_ input: String, _ preferredName: String, wikidata: String? = nil) {
        self.input = input
        self.preferredName = preferredName
        self.found = true
        self.wikidata = wikidata
    }

    init(notFound input: String, cleaned: String) {
        self.input = input
        self.preferredName = cleaned
        self.found = false
        self.wikidata = nil
    }

    var description: String { "\"\(input)\"" }
}

/// The agent-name table shared by the Swift Testing suite and the standalone harness, and the bundled authority file.
enum AgentNameNormalizerCases {
    /// `Mappings/vocab/authorities.csv`, found from this file's path (the test bundle does not copy it).
    static func authorityFileURL(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // Parsers
            .deletingLastPathComponent()  // OeuvreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Mappings/vocab/authorities.csv")
    }

    static func loadTable() throws -> AuthorityTable {
        try AuthorityTable(contentsOf: authorityFileURL())
    }

    static let rubens = "Rubens, Peter Paul"
    static let janI = "Brueghel, Jan (I)"
    static let vanDyck = "Dyck, Anthony van"

    static let all: [AgentNameCase] = [
        // Rubens in every form.
        AgentNameCase("Peter Paul Rubens", rubens, wikidata: "Q5599"),
        AgentNameCase("Rubens, Peter Paul", rubens, wikidata: "Q5599"),
        AgentNameCase("Rubens, Peter Paul (1577-1640)", rubens, wikidata: "Q5599"),
        AgentNameCase("P.P. Rubens", rubens, wikidata: "Q5599"),
        AgentNameCase("P. P. Rubens", rubens, wikidata: "Q5599"),
        AgentNameCase("Rubens, P.P.", rubens, wikidata: "Q5599"),
        AgentNameCase("Pieter Pauwel Rubens", rubens, wikidata: "Q5599"),
        AgentNameCase("Petrus Paulus Rubens", rubens, wikidata: "Q5599"),
        AgentNameCase("Petrus Paulus Rubenius", rubens, wikidata: "Q5599"),
        AgentNameCase("Pierre-Paul Rubens", rubens, wikidata: "Q5599"),
        AgentNameCase("Pietro Paolo Rubens", rubens, wikidata: "Q5599"),
        AgentNameCase("Sir Peter Paul Rubens", rubens, wikidata: "Q5599"),
        AgentNameCase("Peter Rubens", rubens, wikidata: "Q5599"),
        AgentNameCase("RUBENS", rubens, wikidata: "Q5599"),
        AgentNameCase("Rubens (Siegen 1577 - Antwerpen 1640)", rubens, wikidata: "Q5599"),
        // Jan Brueghel the Elder and his son.
        AgentNameCase("Jan Brueghel I", janI, wikidata: "Q209050"),
        AgentNameCase("Jan Brueghel the Elder", janI, wikidata: "Q209050"),
        AgentNameCase("Jan Brueghel d. Ä.", janI, wikidata: "Q209050"),
        AgentNameCase("Jan Bruegel de Oude", janI, wikidata: "Q209050"),
        AgentNameCase("Jan Breughel l'Ancien", janI, wikidata: "Q209050"),
        AgentNameCase("Jan Brueghel der Ältere", janI, wikidata: "Q209050"),
        AgentNameCase("Brueghel, Jan (I)", janI, wikidata: "Q209050"),
        AgentNameCase("Brueghel I, Jan", janI, wikidata: "Q209050"),
        AgentNameCase("Jan Brueghel II", "Brueghel, Jan (II)", wikidata: "Q285933"),
        AgentNameCase("Jan Brueghel de Jonge", "Brueghel, Jan (II)", wikidata: "Q285933"),
        AgentNameCase("Jan Brueghel the Younger", "Brueghel, Jan (II)", wikidata: "Q285933"),
        AgentNameCase("Velvet Brueghel", janI, wikidata: "Q209050"),
        AgentNameCase("Pieter Brueghel de Jonge", "Brueghel, Pieter (II)", wikidata: "Q255828"),
        AgentNameCase(notFound: "Brueghel", cleaned: "Brueghel"),
        AgentNameCase(notFound: "Jan Brueghel", cleaned: "Jan Brueghel"),
        AgentNameCase(notFound: "Pieter Brueghel", cleaned: "Pieter Brueghel"),
        // Van Dyck, Snyders, Jordaens.
        AgentNameCase("Anthony van Dyck", vanDyck, wikidata: "Q150679"),
        AgentNameCase("Dyck, Anthony van", vanDyck, wikidata: "Q150679"),
        AgentNameCase("van Dyck, Anthony", vanDyck, wikidata: "Q150679"),
        AgentNameCase("Antoon van Dijck", vanDyck, wikidata: "Q150679"),
        AgentNameCase("A. van Dyck", vanDyck, wikidata: "Q150679"),
        AgentNameCase("Sir Anthony van Dyck", vanDyck, wikidata: "Q150679"),
        AgentNameCase("Vandyck", vanDyck, wikidata: "Q150679"),
        AgentNameCase("Frans Snijders", "Snyders, Frans", wikidata: "Q29231"),
        AgentNameCase("Frans Snyders (1579-1657)", "Snyders, Frans", wikidata: "Q29231"),
        AgentNameCase("Snijders, Frans", "Snyders, Frans", wikidata: "Q29231"),
        AgentNameCase("Jacob Jordaens", "Jordaens, Jacob (I)", wikidata: "Q270658"),
        AgentNameCase("Jordaens, Jacob (I)", "Jordaens, Jacob (I)", wikidata: "Q270658"),
        AgentNameCase("Jacob Jordaens I", "Jordaens, Jacob (I)", wikidata: "Q270658"),
        AgentNameCase("J. Jordaens", "Jordaens, Jacob (I)", wikidata: "Q270658"),
        // Collaborators, pupils and engravers.
        AgentNameCase("Paul de Vos", "Vos, Paul de"),
        AgentNameCase("Frans Francken de Jonge", "Francken, Frans (II)"),
        AgentNameCase("Frans Francken II", "Francken, Frans (II)"),
        AgentNameCase("Jan Wildens", "Wildens, Jan"),
        AgentNameCase("Lucas Vorsterman I", "Vorsterman, Lucas (I)", wikidata: "Q897552"),
        AgentNameCase("L. Vorsterman", "Vorsterman, Lucas (I)", wikidata: "Q897552"),
        AgentNameCase("Paulus Pontius", "Pontius, Paulus", wikidata: "Q1854445"),
        AgentNameCase("Paul du Pont", "Pontius, Paulus", wikidata: "Q1854445"),
        AgentNameCase("Schelte à Bolswert", "Bolswert, Schelte Adamsz."),
        AgentNameCase("S. a Bolswert", "Bolswert, Schelte Adamsz."),
        AgentNameCase("Boetius à Bolswert", "Bolswert, Boetius Adamsz."),
        AgentNameCase("Christoffel Jegher", "Jegher, Christoffel", wikidata: "Q1976706"),
        AgentNameCase("Erasmus Quellinus II", "Quellinus, Erasmus (II)", wikidata: "Q625228"),
        AgentNameCase("Theodoor van Thulden", "Thulden, Theodoor van", wikidata: "Q260817"),
        AgentNameCase("Abraham van Diepenbeeck", "Diepenbeeck, Abraham van", wikidata: "Q330854"),
        AgentNameCase("Cornelis Schut", "Schut, Cornelis (I)", wikidata: "Q592396"),
        AgentNameCase("Justus van Egmont", "Egmont, Justus van", wikidata: "Q1034140"),
        AgentNameCase("Jan Boeckhorst", "Boeckhorst, Jan", wikidata: "Q71728"),
        AgentNameCase("Willem Panneels", "Panneels, Willem", wikidata: "Q2486261"),
        AgentNameCase("David Teniers the Younger", "Teniers, David (II)", wikidata: "Q335022"),
        AgentNameCase("Teniers, David (II)", "Teniers, David (II)", wikidata: "Q335022"),
        AgentNameCase("David Teniers d. J.", "Teniers, David (II)", wikidata: "Q335022"),
        AgentNameCase(notFound: "David Teniers", cleaned: "David Teniers"),
        // Names from the test fixtures.
        AgentNameCase("Simone Martini", "Martini, Simone", wikidata: "Q221043"),
        AgentNameCase("Bosch, Jheronimus", "Bosch, Hieronymus", wikidata: "Q130531"),
        AgentNameCase("Jheronimus Bosch", "Bosch, Hieronymus", wikidata: "Q130531"),
        AgentNameCase("Navez, François-Joseph", "Navez, François-Joseph"),
        AgentNameCase("François Joseph Navez", "Navez, François-Joseph"),
        AgentNameCase("Jacob Foppens van Es", "Es, Jacob Foppens van", wikidata: "Q705902"),
        AgentNameCase("Es, Jacob Foppens van", "Es, Jacob Foppens van", wikidata: "Q705902"),
        AgentNameCase("Botticelli, Sandro", "Botticelli, Sandro", wikidata: "Q5669"),
        AgentNameCase("Filipepi, Alessandro", "Botticelli, Sandro", wikidata: "Q5669"),
        AgentNameCase("Joseph Mallord William Turner", "Turner, Joseph Mallord William", wikidata: "Q159758"),
        AgentNameCase("J.M.W. Turner", "Turner, Joseph Mallord William", wikidata: "Q159758"),
        AgentNameCase("Gogh, Vincent van", "Gogh, Vincent van", wikidata: "Q5582"),
        // Not in the table: cleaned, no identifiers.
        AgentNameCase(notFound: "Albert Rubens", cleaned: "Albert Rubens"),
        AgentNameCase(notFound: "Hans Jordaens III", cleaned: "Hans Jordaens III"),
        AgentNameCase(notFound: "Basire, James II", cleaned: "Basire, James II"),
        AgentNameCase(notFound: "Michiel Jansz van Mierevelt", cleaned: "Michiel Jansz van Mierevelt"),
        AgentNameCase(
            notFound: "  Jacob   Cornelisz van Oostsanen (1472-1533) ", cleaned: "Jacob Cornelisz van Oostsanen"),
        AgentNameCase(notFound: "", cleaned: ""),
    ]
}
