import Testing
import TupuRecognizer

/// Names in news of watermelons: a village written with its kind (王楼行政村, 西郭自然村) is a place, named apart
/// from the village or township before it, while villages counted by their kind are none; and a credited
/// outlet named by a word before its county (来源:今丰县) is an outlet, not the county. Fresh sentences.
@Suite struct WatermelonTests {
    @Test func aVillageWrittenWithItsKindIsAPlace() {
        recognizer.expectFinds(MarkedSentence("俺是[Place:李庄行政村][Place:东郭自然村]的。"))
        recognizer.expectNamesNothingButTheCounty(in: "宁远县15个行政村、86个自然村实现全覆盖。")
    }

    @Test func anOutletNamedBeforeItsCountyIsAnOutlet() {
        recognizer.expectFinds(MarkedSentence("来源:[Institution:看宁远县]\n正文"))
    }
}
