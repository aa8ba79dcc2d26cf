import Testing
import TupuRecognizer

/// Names in news of hot springs: a brand of two parts joined by a middle dot, longer than most quoted
/// names (“中国温泉之乡·健康养生之都”, thirteen characters);
/// and what names nothing: the first of a kind (宁远首家|五星级温泉酒店) and several of one (多个|温泉旅游综合体).
/// Fresh sentences.
@Suite struct HotSpringTests {
    @Test func aBrandOfTwoPartsIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]打造“[Programme:中国舜帝故里·健康养生福地]”品牌。"))
    }

    @Test(arguments: ["宁远县建起了县内首家五星级温泉酒店。", "宁远县建设多个温泉旅游综合体。"])
    func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
