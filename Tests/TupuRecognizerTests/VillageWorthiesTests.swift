import Testing
import TupuRecognizer

/// Names in news of councils of village worthies (乡贤): 理事会 and 参事会 head bodies though a body's
/// board is the body, a department's head after a verb of founding is that verb's object, a college
/// named by two topics begins at the first, a prefecture's short form that runs into a word (新乡|贤)
/// names nothing, and what one place unites (集…于一体) are kinds of facility. Fresh sentences.
@Suite struct VillageWorthiesTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:下灌村乡贤理事会]由30名乡贤组成，[Institution:宁远县供销社]理事会主任出席。"))
        recognizer.expectFinds(MarkedSentence("[Institution:永州职业技术学院]\n[Institution:旅游与管理学院]"))
    }

    @Test func aBodyFoundedIsNoDepartmentOfItsFounder() {
        let names = recognizer.namesBesidesTheCounty(in: "按照湾井镇党委部署成立委员会，开展工作。")
        #expect(names == ["湾井镇党委"], "found \(names)")
    }

    @Test func aShortFormRunningIntoAWordNamesNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "河南省内乡县激发新乡贤活力。")
        #expect(!names.contains { $0.hasPrefix("新乡") }, "found \(names)")
    }

    @Test func whatOnePlaceUnitesAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇下灌村建成集村委会、卫生室、文化广场于一体的党群服务中心。")
        #expect(names == ["湾井镇", "下灌村"], "found \(names)")
    }
}
