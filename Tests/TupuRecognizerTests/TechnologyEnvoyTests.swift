import Testing
import TupuRecognizer

/// Names in news of science and technology envoys: every outlet a credit line lists after 、
/// (来源:…融媒体中心、…发布), and an outlet that opens an item with 报道 and a space (云上…报道 近日).
/// Fresh sentences.
@Suite struct TechnologyEnvoyTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("科技特派员深入田间地头。\n来源：[Institution:宁远县融媒体中心]、[Institution:永州发布]"),
        MarkedSentence("[Institution:云上宁远]报道 近日，[Institution:湾井镇科技特派员工作站]挂牌运营。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aReportOpeningASentenceIsNoOutlet() {
        #expect(recognizer.namesBesidesTheCounty(in: "媒体报道 近日宁远县举办活动。").isEmpty)
    }
}
