import Testing
import TupuRecognizer

/// Names in news of ginseng: a verb that words run into from both sides (人参|加工 over 参加) neither bounds
/// nor ends a name (国家人参加工技术研究中心); and a plan after an adverb of one character (正|计划, 拟|规划)
/// is the subject's planning, no plan named. Fresh sentences.
@Suite struct GinsengTests {
    @Test func aVerbReadAcrossOnBothSidesBoundsNoName() {
        recognizer.expectFinds(MarkedSentence("共同建成[Institution:国家人参加工技术研究中心]。"))
        recognizer.expectNamesNothingButTheCounty(in: "宁远县老李参加工作三十年。")
    }

    @Test func aPlanAfterAOneCharacterAdverbIsNoName() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县的张三如今正计划扩大种植基地。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县的合作社拟计划扩大规模。")
    }
}
