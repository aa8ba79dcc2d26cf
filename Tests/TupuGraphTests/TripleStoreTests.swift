import Testing
@testable import TupuGraph

private let ex = "http://example.org/"
private func iri(_ local: String) -> IRI { try! IRI(ex + local) }

/// A small graph in which every pattern shape has answers and non-answers.
private let sample: [Triple] = [
    Triple(iri("a"), iri("p"), .iri(iri("b"))),
    Triple(iri("a"), iri("p"), .iri(iri("c"))),
    Triple(iri("a"), iri("q"), .string("文本")),
    Triple(iri("b"), iri("p"), .iri(iri("c"))),
    Triple(iri("c"), iri("q"), .iri(iri("a"))),
    Triple(iri("b"), iri("q"), .literal(try! Literal("壶关", language: "zh"))),
]

@Suite struct TripleStoreTests {
    @Test func setSemantics() {
        var store = TripleStore(sample)
        #expect(store.count == sample.count)
        #expect(store.insert(sample[0]) == false)
        #expect(store.count == sample.count)
    }

    /// Each of the 8 shapes (s, p, o bound or open), checked against a filter over all triples.
    @Test(arguments: [
        (true, true, true), (true, true, false), (true, false, true), (true, false, false),
        (false, true, true), (false, true, false), (false, false, true), (false, false, false),
    ])
    func patternShape(_ boundS: Bool, _ boundP: Bool, _ boundO: Bool) {
        let store = TripleStore(sample)
        for probe in sample + [Triple(iri("z"), iri("p"), .iri(iri("b")))] {
            let s = boundS ? probe.subject : nil, p = boundP ? probe.predicate : nil, o = boundO ? probe.object : nil
            let expected = Set(sample.filter { (s == nil || $0.subject == s) && (p == nil || $0.predicate == p) && (o == nil || $0.object == o) })
            let answered = store.triples(subject: s, predicate: p, object: o)
            #expect(Set(answered) == expected)
            #expect(answered.count == expected.count, "no duplicates in answers")
        }
    }

    @Test func indexesAgreeAfterChange() {
        var store = TripleStore(sample)
        #expect(store.triples(predicate: iri("p")).count == 3)
        store.insert(Triple(iri("d"), iri("p"), .iri(iri("a"))))
        #expect(store.triples(predicate: iri("p")).count == 4)
        #expect(store.triples(object: .iri(iri("a"))).count == 2)
        #expect(store.contains(Triple(iri("d"), iri("p"), .iri(iri("a")))))
    }

    /// Terms sharing one text but differing in kind, tag or datatype are distinct terms, and each
    /// comes back from the term arena exactly as it went in (empty text and NUL included).
    @Test func termsKeepTheirKindTagAndDatatype() throws {
        let text = ex + "x"
        let objects: [Term] = [
            .iri(try IRI(text)), .string(text), .literal(try Literal(text, language: "zh")),
            .literal(try Literal(text, language: "en")), .literal(Literal(text, datatype: XSD.integer)),
            .blank(try BlankNode("x")), .string(""), .string("a\u{0}b"), .literal(try Literal("", language: "zh")),
        ]
        var store = TripleStore()
        for (index, object) in objects.enumerated() { store.insert(Triple(iri("s\(index)"), iri("p"), object)) }
        for (index, object) in objects.enumerated() {
            #expect(store.triples(subject: .iri(iri("s\(index)"))).map(\.object) == [object])
            #expect(store.triples(object: object).map(\.subject) == [.iri(iri("s\(index)"))])
        }
        var distinct = Set<Term>()
        store.forEachTerm { distinct.insert($0) }
        #expect(distinct.isSuperset(of: objects))
        #expect(!store.contains(Triple(iri("s0"), iri("p"), .literal(try Literal(text, language: "fr")))))
        #expect(store.predicates == [iri("p")])
    }

    @Test func manyTermsSurviveTheTableGrowing() {
        var store = TripleStore()
        for i in 0..<5_000 { store.insert(Triple(iri("n\(i)"), iri("p"), .string("名称\(i)"))) }
        #expect(store.count == 5_000)
        #expect((0..<5_000).allSatisfy { store.contains(Triple(iri("n\($0)"), iri("p"), .string("名称\($0)"))) })
        #expect(!store.contains(Triple(iri("n1"), iri("p"), .string("名称2"))))
    }

    @Test func subjectsAreGroupedInSPOOrder() {
        let store = TripleStore(sample)
        var seen: [Term] = []
        store.forEach { if seen.last != $0.subject { seen.append($0.subject) } }
        #expect(seen.count == Set(seen).count)
        #expect(store.subjects.count == 3)
    }
}

@Suite struct TermTests {
    @Test(arguments: ["http://example.org/a b", "example", "http://example.org/<x>", "http://example.org/%zz", "http://ex.org/\u{1}"])
    func invalidIRIsAreRefused(_ text: String) {
        #expect(throws: GraphError.self) { try IRI(text) }
    }

    @Test func chineseIRIsAreValid() throws {
        #expect(try IRI("https://w3id.org/tupu/id/place/壶关县").value.hasSuffix("壶关县"))
    }

    @Test(arguments: [
        ("壶关县", "壶关县"), ("a b", "a%20b"), ("a#b", "a%23b"), ("100%", "100%25"), ("a/b", "a%2Fb"),
        ("\u{FFFE}", "%EF%BF%BE"), ("x?y", "x%3Fy"),
    ])
    func segmentEncoding(_ text: String, _ encoded: String) throws {
        #expect(IRI.encodingSegment(text) == encoded)
        #expect(throws: Never.self) { try IRI("http://example.org/" + encoded) }
    }

    @Test func languageTagsAreCheckedAndLowerCased() throws {
        #expect(try Literal("x", language: "zh-Hans").language == "zh-hans")
        #expect(throws: GraphError.self) { try Literal("x", language: "zh_CN") }
    }

    @Test func xsdStringIsAPlainLiteral() {
        #expect(Literal("x", datatype: XSD.string) == Literal("x"))
    }
}
