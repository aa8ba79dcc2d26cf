import Testing
import TupuRecognizer

/// Names in news of seed farms, livestock and fisheries: a township whose name begins with a district's short
/// form (大渡口镇, not 大渡口区 and 镇) and its bare offices, the national ban on Yangtze fishing, a photo
/// agency on a credit line. Fresh sentences.
@Suite struct FisheriesTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:大渡口镇]发展稻虾养殖。"),
        MarkedSentence("抢抓[Place:长江]“[Programme:十年禁渔]”机遇。"),
        MarkedSentence("图为[Place:湾井镇]收割稻谷。([Institution:湖南图片库]发)"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aTownshipBeginningWithADistrictsShortFormIsNoDistrict() {
        let document = recognizer.recognize("大渡口镇发展稻虾养殖。镇经发办举办培训班。")
        #expect(!document.mentions.contains { $0.name.hasPrefix("大渡口区") || $0.name == "大渡口" }, "\(document.mentions)")
        #expect(document.county == nil, "\(String(describing: document.county))")
    }
}
