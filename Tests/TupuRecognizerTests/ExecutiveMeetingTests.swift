import Testing
import TupuRecognizer

/// Names in reports of county executive meetings: works whose names hold a word that begins with a
/// department's head (零|部件). Fresh sentences.
@Suite struct ExecutiveMeetingTests {
    static let cases: [MarkedSentence] = [
        // 部 that begins 部件 ends no department: the works' name runs on before it.
        MarkedSentence("会议同意启动[Project:宁远县5万吨汽车零部件及铝型材项目]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
