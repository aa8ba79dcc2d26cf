import Testing
import TupuRecognizer

/// Names in lists of model family farms: farms of more kinds, a list's kind, a batch of a title,
/// and a credit line's next field. Fresh sentences.
@Suite struct FamilyFarmTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("分别是[Institution:宁远县湾井镇绿丰生态养殖场]、[Institution:宁远县下灌种植场]。"),
        // A farm's head before 名录 names the list's kind, and the ministry stands alone.
        MarkedSentence("全县纳入[Institution:农业农村部]家庭农场名录系统管理。"),
        // A credit line's next field (收集编辑) ends the source.
        MarkedSentence("来源:[Institution:宁远发布]收集编辑:宁远发布\n宁远县公示家庭农场名单。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// The farms of a batch of a title (第八批…家庭农场) are a class.
    @Test func farmsOfABatchNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "拟命名宁远县第八批家庭农场省级示范场。")
        #expect(!names.contains { $0.hasSuffix("家庭农场") }, "found \(names)")
    }
}
