import Testing
import TupuRecognizer

/// Names in news of farm-produce purchasing: purchasing stations and points are bodies (湾井镇舜源烟叶收购站,
/// 下灌粮食收购点), and one named only by its produce is a kind (烟叶收购点). Fresh sentences.
@Suite struct TobaccoPurchaseTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("记者来到[Institution:湾井镇舜源烟叶收购站]，又到[Institution:下灌粮食收购点]。"))
    }

    @Test func aStationNamedOnlyByItsProduceIsAKind() {
        let names = recognizer.namesBesidesTheCounty(in: "在烟叶收购点，烟农络绎不绝。")
        #expect(names == [], "found \(names)")
    }
}
