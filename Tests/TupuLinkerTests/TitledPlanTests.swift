import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

private func programmes(in text: String) -> [String] {
    linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .programme }.map(\.name)
}

/// Titles cited in book-title marks name documents: a national plan and a province's or a city's
/// plan of the same title are three programmes, where an untitled short form still joins its full name.
@Suite struct TitledPlanTests {
    @Test func plansOfOneTitleAtEachLevelStayApart() {
        let names = programmes(in: "依据国务院《“十四五”残疾人保障和发展规划》、《湖南省“十四五”残疾人保障和发展规划》,制定《永州市“十四五”残疾人保障和发展规划》。")
        #expect(Set(names) == ["十四五残疾人保障和发展规划", "湖南省十四五残疾人保障和发展规划", "永州市十四五残疾人保障和发展规划"], "\(names)")
    }

    @Test func anUntitledShortFormJoinsItsTitle() {
        let names = programmes(in: "宁远县印发《宁远县残疾人保障和发展规划》。残疾人保障和发展规划明确了目标。")
        #expect(names == ["宁远县残疾人保障和发展规划"], "\(names)")
    }
}
