import Testing
import TupuRecognizer

/// Names in news of the Red Cross: 红十字会 and a team's 分队 are bodies, a day observed each year is
/// a programme quoted with its date or written alone, 通用 stands inside a company's name, and a
/// foundation's rating and kind (5A级公募基金会) name no body. Fresh sentences.
@Suite struct RedCrossTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("今年“[Programme:5·8世界红十字日]”的主题是“人人受益”。"))
        recognizer.expectFinds(MarkedSentence("5月12日是[Programme:防灾减灾日]，[Institution:宁远县红十字志愿服务队医疗分队]将开展义诊。"))
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县红十字会]和[Institution:东风通用机械股份有限公司]代表出席。"))
    }

    @Test func aBodysVerbEndsWhatItLaunches() {
        let names = recognizer.namesBesidesTheCounty(in: "值此公益日，县红十字会发起网络众筹活动倡议。")
        #expect(!names.contains { $0.contains("发起") }, "found \(names)")
    }

    @Test func aFoundationsRatingAndKindNameNoBody() {
        let names = recognizer.namesBesidesTheCounty(in: "作为全国5A级公募基金会，以关注生命为使命。")
        #expect(names == [], "found \(names)")
    }
}
