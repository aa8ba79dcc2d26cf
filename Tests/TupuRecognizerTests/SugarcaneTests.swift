import Testing
import TupuRecognizer

/// Names in news of sugarcane: a sugar mill (…制糖厂, …糖厂) and an outlet cited by its title before
/// its reporter (据《财经》记者), however common its word. Fresh sentences.
@Suite struct SugarcaneTests {
    @Test func aSugarMillIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]的[Institution:舜源制糖厂]开榨，蔗农排队卖蔗。"))
    }

    @Test func anOutletCitedBeforeItsReporterIsNamed() {
        recognizer.expectFinds(MarkedSentence("据《[Institution:经济]》记者在[Place:宁远县]调查发现，蔗农增收。"))
    }

    @Test func aMillOfNoNameNamesNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县新建糖厂，发展制糖产业。")
    }
}
