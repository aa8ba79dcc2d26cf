import Testing
import TupuRecognizer

/// Names in news of fitness works and sports centres: the national reading drive, and the words of the
/// genre that name nothing (bodies listed as examples of a class, a planning hall, an activity site).
/// Fresh sentences.
@Suite struct SportsCentreTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]深入推进[Programme:全民阅读]，举办读书会。"),
        MarkedSentence("[Institution:宁远县人民医院]、[Institution:宁远县中医医院]等医院参加义诊。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Bodies listed as examples of a class, a planning hall, an activity site.
    static let namelessSentences = [
        "宁远县推进文化活动室、篮球场等基层综合性文化服务中心标准化建设。",
        "宁远县新建科技馆和城市规划馆，设立晨晚练健身活动点。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
