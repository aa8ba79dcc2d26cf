import Testing
import TupuRecognizer

/// Names in news of grain reserve zones: a zone where things are concentrated (集中区) is a place; a plant
/// named by what it turns out a day or a year (日产150吨大米加工厂) is a kind. Fresh sentences.
@Suite struct GrainZoneTests {
    @Test func aConcentrationZoneIsAPlace() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]共同建设[Place:永州市粮食储备集中区],集中区建成库容23万吨。"))
    }

    @Test func aPlantNamedByItsOutputIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县还规划建设日产150吨大米加工厂和成品粮应急保障库。")
    }
}
