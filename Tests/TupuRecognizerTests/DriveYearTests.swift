import Testing
import TupuRecognizer

/// Names in news of investment signings: a year given to a drive by words of pace (…竞进年, …提速年),
/// and 再生 (renewable) as part of a works' name, no verb before it. Fresh sentences.
@Suite struct DriveYearTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]以“[Programme:项目提速年|项目提速年]”为主题，全力抓招商。"),
        MarkedSentence("[Institution:永州市舜源环保科技有限公司]投资2亿元建设[Project:再生塑料颗粒加工项目]。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
