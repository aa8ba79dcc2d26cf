import Testing
import TupuRecognizer

/// Names in news of government service centres: a county's committee and government written together
/// (宁远县委政府), service centres listed before their shared head (湾井、冷水等第一批便民服务中心), the
/// national 互联网+政务服务, a county's civic centre as a site, and no name in a requirement quoted whole.
/// Fresh sentences.
@Suite struct GovernmentServiceTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("各乡镇按照[Institution:宁远县委][Institution:宁远县政府|政府]的要求推进工作。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县][Institution:湾井便民服务中心|湾井]、[Institution:冷水便民服务中心|冷水]等第一批便民服务中心已建成。"))
        recognizer.expectFinds(MarkedSentence("将加快“[Programme:互联网+政务服务]”向基层延伸，大楼位于[Place:宁远县行政中心]东侧。"))
    }

    @Test func aRequirementQuotedWholeIsNoName() {
        let names = recognizer.namesBesidesTheCounty(in: "各村落实“村部一楼必须新建不低于100平方的便民服务中心”的要求。")
        #expect(names == [], "found \(names)")
    }
}
