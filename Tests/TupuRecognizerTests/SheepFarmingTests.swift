import Testing
import TupuRecognizer

/// Names in news of sheep farming: a village after its township written before 村民 (…村|村民, where 村村
/// is a word), a company after its tie to its owner (全资子公司|…有限公司); and what names nothing: the tie
/// alone, a company pointed at (本公司), and farms of a size bound (500头以上|规模养殖场). Fresh sentences.
@Suite struct SheepFarmingTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县][Place:湾井镇][Place:西岭坪村]村民养羊。"),
        MarkedSentence("其全资子公司[Institution:宁远舜丰食品有限公司]负责加工。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: ["宁远县成立全资子公司。", "宁远县将羊粪用于育植本公司果树。", "宁远县500头以上规模养殖场有12个。", "宁远县湾井镇实现村村通。"])
    func namesNothingButTheCountyAndTownship(_ text: String) {
        let names = recognizer.namesBesidesTheCounty(in: text).filter { $0 != "湾井镇" }
        #expect(names.isEmpty, "\(names)")
    }
}
