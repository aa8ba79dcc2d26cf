import Testing
import TupuRecognizer

/// Names in news of pears: the streets of a kind of place (乡间街道, 城区街道) are no sub-district,
/// though a named one is (舜陵街道). Fresh sentences.
@Suite struct PearTests {
    @Test func theStreetsOfAKindOfPlaceAreNoSubdistrict() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县乡间街道上遍布满载梨果的车辆。")
    }

    @Test func aNamedSubdistrictIsStillOne() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县][Place:舜陵街道]梨园喜获丰收。"))
    }
}
