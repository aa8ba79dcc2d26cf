import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

private func programmes(in text: String) -> [Entity] {
    linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .programme }
}

/// A programme written as its quoted name and a tail of its kind (“三园一带”产业布局) and later by the
/// quoted name alone (“三园一带”) is one programme, under the fuller name.
@Suite struct QuotedProgrammeNameTests {
    @Test func theQuotedNameAloneIsTheSameProgramme() {
        let found = programmes(in: "宁远县制定了“三园一带”产业规划，在湾井镇建设物流园。其余劳动力将在“三园一带”实现就近就业。")
        #expect(found.map(\.name) == ["三园一带产业规划"], "\(found.map(\.name))")
    }

    @Test func anotherQuotedNameStaysApart() {
        let found = programmes(in: "宁远县制定了“三园一带”产业规划，在湾井镇建设物流园。全县还开展“送医下乡”活动。")
        #expect(found.count == 2, "\(found.map(\.name))")
    }
}
