import Testing
import TupuRecognizer

/// Names in news of drug prevention: bodies named after 禁毒 (which jieba reads as a verb), the
/// drug-control committee by its abbreviation, a township's committee written 镇委 after a township the
/// hierarchy cannot place, and the words of the genre that name nothing (a lesson put into a
/// teaching plan, a whole-society undertaking).
/// Fresh sentences.
@Suite struct DrugPreventionTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]召开会议，[Institution:县禁毒委]副主任通报了工作。"),
        MarkedSentence("[Institution:宁远县禁毒协会|宁远县禁毒协会]组织志愿者进村宣传。"),
        MarkedSentence("[Institution:宁远县关工委|宁远县关工委]组织老同志宣讲。"),
        MarkedSentence("[Institution:白石镇委|白石镇委]、[Institution:镇政府]高度重视禁毒工作。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: [
        "宁远县把禁毒课纳入教学计划。",
        "宁远县认为禁毒是一个全民系统工程。",
    ]) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
