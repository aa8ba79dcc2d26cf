import Testing
import TupuRecognizer

/// Names in news of general-aviation airports: a prefecture's short form that stands for its city of
/// the same name, a state investment group, and the words of the genre that name nothing (an airport's
/// class, land planning, a quoted verb before a site, a project's manager).
/// Fresh sentences.
@Suite struct AirportTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("近日，[Institution:宁远县国有投资集团有限公司]揭牌成立。"),
        MarkedSentence("[Institution:县国投集团]项目负责人介绍了进展。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aPrefecturesShortFormIsItsCityWhereOnlyTheCityIsNamedInFull() {
        let document = recognizer.recognize("恩施市考察组来宁远县学习。希望推动产业在恩施的发展。")
        let short = document.mentions.first { $0.surface == "恩施" }
        #expect(short?.division?.name == "恩施市", "\(document.mentions)")
    }

    /// An airport's class, land planning, a quoted verb before a site.
    static let namelessSentences = [
        "宁远县高质量建设A1级通用机场，谋划通航产业。",
        "宁远县在土地规划、资金保障等方面分享经验。",
        "考察组赴宁远县“取经”通用机场建设。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
