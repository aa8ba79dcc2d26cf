import Testing
import TupuRecognizer

/// Names in news of science days and science caravans: quoted titles of exhibitions, however long
/// (“…获奖作品展览”), the national programmes 三下乡 and 丰收节 by their short names, and verbs of
/// inviting (特邀, 特聘) that end the name before them. Fresh sentences.
@Suite struct ScienceDayTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("全镇组织开展[Programme:我和我的祖国美丽乡村短视频大赛获奖作品展览|“我和我的祖国美丽乡村短视频大赛获奖作品展览”]。"),
        MarkedSentence("大学生志愿者积极参与[Programme:三下乡]，服务群众。"),
        MarkedSentence("[Place:宁远县]举办[Programme:丰收节]庆祝活动，展示农产品。"),
        MarkedSentence("[Institution:宁远县科协]特邀[Institution:湖南省科技馆]专家作报告。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A quotation longer than a name, that no kind of event ends, is still no name.
    @Test func aLongQuotationWithoutAnEventKindIsNoName() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县举办“家乡的山水田园与乡愁记忆集中展示”。").isEmpty)
    }
}
