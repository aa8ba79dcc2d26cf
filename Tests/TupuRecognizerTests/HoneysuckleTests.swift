import Testing
import TupuRecognizer

/// Names in news of honeysuckle: a credit line may list a second source after a space where it ends
/// the line (来源: 湖南广电 视听湖南), but not a field's label (作者, 摄) nor a date. Fresh sentences.
@Suite struct HoneysuckleTests {
    @Test func aSecondSourceAfterASpaceEndingTheLineIsCredited() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]金银花喜获丰收。\n来源: [Institution:永州广电总台] [Institution:视听永州]\n正文。"))
    }

    @Test func aLabelOrADateAfterTheSourceIsNoSecondSource() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]金银花。\n来源: [Institution:九嶷融媒] 作者: 李明\n来源: [Institution:舜源网] 2023-01-01\n"))
        recognizer.expectNamesNothingButTheCounty(in: "宁远县金银花。\n来源: 网络 摄李明\n")
    }
}
