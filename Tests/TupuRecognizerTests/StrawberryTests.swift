import Testing
import TupuRecognizer

/// Names in news of strawberries: an eco-park farm open to visitors (…农业科技生态园) is a site; a
/// credit line with no source before the page's counters (来源: 浏览次数:1260次) credits no one.
/// Fresh sentences.
@Suite struct StrawberryTests {
    @Test func anEcoParkIsASite() {
        recognizer.expectFinds(MarkedSentence("游客在[Place:宁远县][Place:湾井镇舜源农业科技生态园]的大棚内采摘草莓。"))
    }

    @Test func aPageCounterIsNoSource() {
        let names = recognizer.recognize("小草莓大经济\n来源: 浏览次数:1260次 更新时间:2016-12-18\n宁远县草莓丰收。").mentions.map(\.name)
        #expect(names == ["宁远县"], "\(names)")
    }
}
