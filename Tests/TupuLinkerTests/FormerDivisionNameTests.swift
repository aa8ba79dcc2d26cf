import Testing
import TupuGraph
import TupuLinker
import TupuRecognizer

/// A division a text writes by a name it had before a reform (襄樊市, renamed 襄阳市 in 2010) is
/// today's division in the graph: its code and chain, its name as written, and today's name as an
/// alias, so that a query by either name finds it.
@Suite struct FormerDivisionNameTests {
    private let recognizer = Recognizer()
    private let linker = Linker()

    private func graph(_ text: String) -> TripleStore {
        var builder = GraphBuilder()
        builder.add(linker.link(recognizer.recognize(text), name: "t.txt"))
        return builder.store
    }

    private func literals(of subject: String, _ predicate: IRI, in store: TripleStore) throws -> Set<String> {
        Set(store.triples(subject: .iri(try IRI(subject)), predicate: predicate).compactMap(\.object.literal?.lexicalForm))
    }

    @Test func aFormerNameKeepsTheTextsLabelAndTakesTodaysAsAnAlias() throws {
        let store = graph("襄樊市的汽车产业起步早，襄樊市的工厂多。长治县的小米远销各地。")
        let xiangyang = "https://w3id.org/tupu/id/place/420600"
        #expect(try literals(of: xiangyang, RDFS.label, in: store) == ["襄樊市"])
        #expect(try literals(of: xiangyang, Tupu.alias, in: store) == ["襄阳市"])
        #expect(try literals(of: xiangyang, Tupu.divisionCode, in: store) == ["420600"])
        let shangdang = "https://w3id.org/tupu/id/place/140404"
        #expect(try literals(of: shangdang, Tupu.alias, in: store) == ["上党区"])
        #expect(store.triples(subject: .iri(try IRI(shangdang)), predicate: Tupu.partOf).map(\.object) == [.iri(try IRI("https://w3id.org/tupu/id/place/140400"))])
    }

    /// A division written by its name of today takes no alias of the same name.
    @Test func aCurrentNameTakesNoAlias() throws {
        let store = graph("襄阳市的汽车产业起步早，襄阳市的工厂多。")
        #expect(try literals(of: "https://w3id.org/tupu/id/place/420600", Tupu.alias, in: store).isEmpty)
    }
}
