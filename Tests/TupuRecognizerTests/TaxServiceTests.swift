import Testing
import TupuRecognizer

/// Names in news of tax services: eateries (面馆, 饭店) are bodies, a titled norm (《…规范》) is a plan,
/// and a person credited by a two-character name on a source line is no outlet. Fresh sentences.
@Suite struct TaxServiceTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]城的[Institution:舜德面馆|“舜德”面馆]和[Institution:湾井镇九嶷饭店]坐满了人。"))
        recognizer.expectFinds(MarkedSentence("依据[Programme:宁远县办税服务厅服务规范|《宁远县办税服务厅服务规范》]开展工作。"))
    }

    @Test func aPersonCreditedAsSourceIsNoOutlet() {
        let names = recognizer.namesBesidesTheCounty(in: "来源:李明  日期:2024-01-01\n宁远县开展便民办税。")
        #expect(names == [], "found \(names)")
        recognizer.expectFinds(MarkedSentence("来源:[Institution:微言宁远]"))
    }
}
