import Testing
import TupuRecognizer

/// Names in news of childcare: a national publicity month by its quoted name (第二个“全国托育服务宣传月”),
/// a county's outlet named …融媒体; a bare publicity month's activity (宣传月活动) is a kind. Fresh sentences.
@Suite struct ChildcareTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("今年是第二个“[Programme:全国婴幼儿照护宣传月]”。"),
        MarkedSentence("[Institution:宁远融媒体](记者 李明)近日,[Place:湾井镇]托育园开园。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aBareMonthsActivityIsAKind() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县卫健局开展宣传月活动。") == ["宁远县卫健局"])
    }
}
