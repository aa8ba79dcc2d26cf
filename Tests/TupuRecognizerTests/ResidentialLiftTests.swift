import Testing
import TupuRecognizer

/// Names in news of lifts added to old residential buildings: a compound named by the resettlement it houses
/// (回迁安置小区) is a kind; compounds listed with spaces as well as 、 before their count (…、西湖花园 金桥小区、…等5个小区)
/// are places; 部 after a count (增设15部电梯) is a classifier, no department. Fresh sentences.
@Suite struct ResidentialLiftTests {
    @Test func aResettlementCompoundIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县迈出回迁安置小区加装电梯的重要一步,安置小区居民乘电梯进家门。")
    }

    @Test func compoundsListedWithSpacesArePlaces() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]今年涉及[Place:东风苑]、[Place:西湖花园] [Place:金桥小区]、[Place:锦绣苑] [Place:中央城小区|中央城]等5个小区。"))
    }

    @Test func 部AfterACountIsAClassifier() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县计划增设15部电梯,已建成三部。")
    }
}
