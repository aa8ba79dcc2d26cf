import Testing
import TupuRecognizer

/// Names in news of night markets and consumer vouchers: a village of one character and 村 in the
/// gazetteer, and the words of the genre that name nothing (“夜经济”, a list of what a site offers, a
/// show after a verb of watching, vouchers handed out). Fresh sentences.
@Suite struct NightMarketTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:梧州市龙圩区]新地镇，[Place:雁村]新建了文化长廊。"),
        MarkedSentence("[Place:龙圩区]新地镇[Place:雁村]召开会议。"),
        MarkedSentence("开展“[Programme:悦享宁远消费券发放活动|悦享宁远”消费券发放活动]。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aVillageOfOneCharacterIsNoNameInsideAWord() {
        let names = recognizer.recognize("梧州市龙圩区新地镇，大雁村民新建了文化长廊。").mentions.map(\.name)
        #expect(!names.contains("雁村"), "\(names)")
    }

    /// A kind of economy in quotation marks, a list of what a site offers, a show after a verb of
    /// watching, vouchers handed out: none names anything.
    static let namelessSentences = [
        "宁远县培育“夜经济”，点亮“夜市经济”。",
        "宁远县着力打造“吃、住、行、购”全要素休闲综合体。",
        "宁远县市民欣赏东路花灯，观看南路戏曲。",
        "宁远县制定惠民消费券发放活动方案，消费券活动经费由财政承担。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
