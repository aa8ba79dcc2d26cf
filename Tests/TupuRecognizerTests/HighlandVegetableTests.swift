import Testing
import TupuRecognizer

/// Names in news of highland vegetables: a mountain range and its main peak written around 主峰
/// (地处|九嶷山|主峰|舜源峰山 …), whether or not the word list knows them; 主峰 alone names nothing. Fresh sentences.
@Suite struct HighlandVegetableTests {
    @Test func theRangeAndThePeakAroundAMainPeakAreNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]地处[Place:紫荆山]主峰[Place:聚仙山]腹地。"))
    }

    @Test func aMainPeakAloneNamesNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县组织群众攀登主峰。")
    }
}
