import Testing
import TupuRecognizer

/// Names in news of emergency broadcasting: the national broadcasting administration, and words of the
/// genre that name nothing (scenic areas by their rank, a season's broadcasting plan). Fresh sentences.
@Suite struct EmergencyBroadcastTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:国家广播电视总局]印发通知，部署农村应急广播建设。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Scenic areas by their rank, a season's broadcasting plan.
    static let namelessSentences = [
        "宁远县在全县A级旅游景区安装广播，做出周、月、季播放计划。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
