import Testing
import TupuRecognizer

/// Names in news of party-led property management: students' and youth teams named by their school,
/// and the words of the genre that name nothing (a verb head before a particle of aspect, greening and
/// lighting works as kinds). Fresh sentences.
@Suite struct PropertyManagementTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:湖南师范大学青年先锋队]深入宁远县社区调研。"),
        MarkedSentence("[Institution:宁远县供电公司党员突击队]连夜抢修线路。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A verb head before a particle of aspect, greening and lighting works as kinds.
    static let namelessSentences = [
        "宁远县的物业服务为小区业主创建了整洁的居住环境。",
        "宁远县对小区进行整体绿化改造，实施城区亮化提升工程。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
