import Testing
import TupuRecognizer

/// Names in news of gig-work markets: a quoted way of working (“…”服务机制) is a programme, a plan's
/// title keeps its status note ((试行)), and gig stations and a formula of short parts (“线上+线下”)
/// name nothing. Fresh sentences.
@Suite struct GigMarketTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]建立[Programme:湾井快招|“湾井快招”]服务机制。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]印发[Programme:宁远县零工市场标准化建设实施方案(试行)|《宁远县零工市场标准化建设实施方案(试行)》]。"))
    }

    @Test func gigStationsAndFormulasNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县打造“线上+线下”复合招聘服务模式,增设76个零工驿站和零工综合服务中心。")
        #expect(names == [], "found \(names)")
    }
}
