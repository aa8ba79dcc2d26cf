import Foundation
import Testing
import TupuGraph
import TupuSerialization
import TupuTestSupport

private let rapperAvailable = ExternalTool.isAvailable("rapper")

/// Literals and IRIs that stress escaping, each written as RDF/XML and read back by rapper and,
/// where it is installed, by rdflib.
@Suite(.enabled(if: rapperAvailable || { ExternalTool.notice("rapper not installed: RDF/XML round trips skipped"); return false }()))
struct RDFXMLRoundTripTests {
    static let awkwardLiterals = [
        "a < b & c > d", "\"quoted\" and 'single'", "ends with ]]>", "line\nbreak", "tab\there", "carriage\rreturn",
        "crlf\r\nend", "  leading and trailing  ", "壶关县“技能壶关”品牌", "<tag attr=\"v\">x</tag>", "&amp; already escaped", "",
    ]

    static let awkwardIRISegments = ["壶关县人民医院", "with space", "hash#part", "100%", "a&b", "x<y>z", "quote\"d"]

    private func roundTrip(_ store: TripleStore) throws -> (Set<Triple>, String) {
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/g.rdf"
        try RDFXMLWriter.write(store, to: path)
        let (triples, messages, status) = try GraphComparison.rapperTriples(ofRDFXML: path)
        #expect(status == 0)
        if GraphComparison.rdflibAvailable {
            try NTriplesWriter.write(store, to: folder + "/g.nt")
            let rdflib = try GraphComparison.rdflibAgrees(rdfXML: path, nTriples: folder + "/g.nt")
            #expect(rdflib.same, "rdflib: \(rdflib.messages)")
        }
        return (triples, messages)
    }

    @Test(arguments: awkwardLiterals)
    func literalSurvives(_ text: String) throws {
        let subject = try IRI("http://example.org/s")
        let store = TripleStore([
            Triple(subject, RDFS.label, .string(text)),
            Triple(subject, RDFS.comment, .literal(try Literal(text, language: "zh"))),
            Triple(subject, try IRI("http://example.org/n"), .literal(Literal(text, datatype: XSD.integer))),
        ])
        let (triples, messages) = try roundTrip(store)
        #expect(messages.isEmpty, "rapper said: \(messages)")
        #expect(triples == Set(store.allTriples))
    }

    @Test(arguments: awkwardIRISegments)
    func iriSurvives(_ segment: String) throws {
        let base = try IRI("https://w3id.org/tupu/id/")
        let node = base.appending(segments: ["place", segment])
        let store = TripleStore([
            Triple(node, RDF.type, .iri(Tupu.place)),
            Triple(node, Tupu.partOf, .iri(base.appending(segments: [segment, "上级"]))),
        ])
        let (triples, messages) = try roundTrip(store)
        #expect(messages.isEmpty, "rapper said: \(messages)")
        #expect(triples == Set(store.allTriples))
    }

    @Test func blankNodesAndTypedNodes() throws {
        let blank = Term.blank(try BlankNode("b1"))
        let store = TripleStore([
            try Triple(blank, RDF.type, .iri(Tupu.institution)),
            try Triple(blank, RDFS.label, .string("县图书馆")),
            Triple(try IRI("http://example.org/x"), Tupu.locatedIn, blank),
        ])
        let (triples, _) = try roundTrip(store)
        #expect(triples.count == 3)
        #expect(triples.filter { $0.predicate == RDF.type }.count == 1)
    }

    /// rapper loses the tag of a property-attribute literal whose element carries xml:lang; the
    /// writer keeps tags on property elements, so every tag comes back.
    @Test func languageTagsAreOnPropertyElements() throws {
        let subject = try IRI("http://example.org/s")
        let store = TripleStore([
            Triple(subject, RDFS.label, .literal(try Literal("壶关县", language: "zh"))),
            Triple(subject, RDFS.label, .literal(try Literal("Huguan County", language: "en"))),
            Triple(subject, RDFS.comment, .string("no tag")),
        ])
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try RDFXMLWriter.write(store, to: folder + "/g.rdf")
        let xml = try String(contentsOfFile: folder + "/g.rdf", encoding: .utf8)
        #expect(xml.contains("<rdfs:label xml:lang=\"zh\">壶关县</rdfs:label>"))
        #expect(!xml.contains("rdfs:label=\""), "no property attributes")
        let (triples, _, _) = try GraphComparison.rapperTriples(ofRDFXML: folder + "/g.rdf")
        #expect(triples == Set(store.allTriples))
    }
}

/// What RDF/XML cannot hold is refused with a message naming it, and no file is left behind.
@Suite struct RDFXMLRefusalTests {
    static let badPredicates = ["http://example.org/p/123", "http://example.org/prop/", "http://example.org/term%20",
                                RDF.namespace + "about", RDF.namespace + "li", RDF.namespace + "nodeID", RDF.namespace + "Description"]

    private func expectRefused(_ store: TripleStore, naming value: String) throws {
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try RDFXMLWriter.write(store, to: folder + "/g.rdf")
            Issue.record("writing succeeded")
        } catch let error as SerializationError {
            #expect(error.description.contains(value), "message: \(error)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "no file, not even a temporary one")
    }

    @Test(arguments: badPredicates)
    func predicateWithoutQNameIsRefused(_ predicate: String) throws {
        let store = TripleStore([Triple(try IRI("http://example.org/s"), try IRI(predicate), .string("v"))])
        let shown = predicate.hasPrefix(RDF.namespace) ? "rdf:" + predicate.dropFirst(RDF.namespace.count) : predicate
        try expectRefused(store, naming: String(shown))
    }

    @Test(arguments: [("bad\u{1}value", "U+0001"), ("bad\u{FFFE}value", "U+FFFE"), ("\u{0}", "U+0000"), ("x\u{FFFF}", "U+FFFF")])
    func forbiddenCharacterInLiteralIsRefused(_ text: String, _ named: String) throws {
        let store = TripleStore([Triple(try IRI("http://example.org/s"), RDFS.label, .string(text))])
        try expectRefused(store, naming: named)
    }

    @Test func forbiddenCharacterInIRIIsRefusedByTheModel() {
        #expect(throws: GraphError.self) { try IRI("http://example.org/a\u{1}") }
        #expect(throws: GraphError.self) { try IRI("http://example.org/a\u{FFFE}") }
    }
}
