import Testing
import TupuRecognizer

/// Names in news of bamboo industries: bodies and works of a county whose name holds a word of
/// reports (天全县, 全州县: 全县 and 全州, the whole county or prefecture, are no words there), a company after its rank among its
/// sector's (龙头企业|…公司), the event that awarded a prize after 获, and a news agency's short name.
/// Fresh sentences.
@Suite struct BambooIndustryTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:全州县人民医院]开诊。"),
        MarkedSentence("[Institution:天全县林业局]推进竹产业发展。"),
        MarkedSentence("总投资2亿元的[Project:天全县年产5万吨竹板材项目]加快建设。"),
        MarkedSentence("[Place:宁远县]推进省级龙头企业[Institution:九嶷竹业公司]扩能。"),
        MarkedSentence("[Place:宁远县]竹筷在[Programme:中国竹文化节]上获[Programme:国际竹业博览会]金奖。"),
        MarkedSentence("[Institution:中评社][Place:北京]5月4日电"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// 企业 that begins the name's common words (龙头企业管理有限公司) stays the name's.
    @Test func aRankWordBeforeCommonWordsIsTheName() {
        let names = recognizer.recognize("湖南龙头企业管理有限公司成立。").mentions.map(\.name)
        #expect(names.contains("湖南龙头企业管理有限公司"), "\(names)")
    }
}
