import Testing
import TupuRecognizer

/// Names in news of the Youth League: its committees written with 共青团 or 团 (共青团永州市委, 团区委,
/// 团中央), youth palaces and volunteers' federations (青少年宫, 义工联), a committee's department before
/// its chief's contracted title (常委、宣传部长), a quotation after 举行, and what is no name: township
/// short forms that are stations (汽车站, 火车站) and page furniture after a credit's label (来源: 字体大小).
/// Fresh sentences.
@Suite struct YouthLeagueTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:共青团永州市委]联合市教育局开展活动。"),
        MarkedSentence("为响应[Institution:团中央]号召，[Institution:团县委]组织志愿者。"),
        MarkedSentence("“爱心驿站”由[Institution:团区委]负责日常管理。"),
        MarkedSentence("[Institution:县委]常委、[Institution:县委宣传部|宣传部]长王芳出席。"),
        MarkedSentence("[Institution:永州市青少年宫]举办夏令营。"),
        MarkedSentence("[Institution:宁远县义工联]组织志愿者参加。"),
        MarkedSentence("[Place:湾井镇]举行[Programme:青春同行温暖回家|“青春同行 温暖回家”]志愿服务启动仪式。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func stationsAreNoTownships() {
        #expect(recognizer.namesBesidesTheCounty(in: "团县委、汽车站、火车站等单位负责人参加。") == ["团县委"])
    }

    @Test func aCreditsLabelWithoutASourceNamesNothing() {
        #expect(recognizer.namesBesidesTheCounty(in: "2024-05-01 作者: 来源: 字体大小:【大 中 小】").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "来源:永州日报发布者:时间:2024-05-01") == ["永州日报"])
    }
}
