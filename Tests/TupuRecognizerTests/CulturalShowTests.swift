import Testing
import TupuRecognizer

/// Names in news of plays and shows taken to villages: a village's culture square (村文化广场) is a kind;
/// 送戏下乡 is a programme, and a show it tours, written right after it (送戏下乡惠民演出), is that
/// programme's; other shows (精彩演出) are none. Fresh sentences.
@Suite struct CulturalShowTests {
    @Test func aCultureSquareIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县村民来到文化广场看演出,村文化广场建成,群众观看精彩演出。")
    }

    @Test func aShowAProgrammeToursIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Programme:送戏下乡惠民演出]走进[Place:湾井镇]。"))
    }

    @Test func theProgrammeIsNamedByItself() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县文化馆]推进[Programme:送戏下乡],丰富群众生活。"))
    }
}
