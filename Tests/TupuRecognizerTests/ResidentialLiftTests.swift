import Testing
import TupuRecognizer

/// Names in news of lifts added to old residential buildings: a compound named by the resettlement it houses
/// (回迁安置小区) is a kind. Fresh sentences.
@Suite struct ResidentialLiftTests {
    @Test func aResettlementCompoundIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县迈出回迁安置小区加装电梯的重要一步,安置小区居民乘电梯进家门。")
    }
}
