import Testing
import TupuRecognizer

/// Names in news of wetland parks and their rules: a national bureau, a title in book-title marks that
/// cites another in single ones (《贯彻落实〈…方案〉的实施意见》), and bodies counted (五市人民政府), which
/// name no one body. Fresh sentences.
@Suite struct WetlandParkTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:国家海洋局]等部门下发通知。"),
        MarkedSentence("[Place:宁远县]印发《[Programme:落实宁远县湿地保护方案的实施意见|落实〈宁远县湿地保护方案〉的实施意见]》。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: ["宁远县通知五市人民政府。", "宁远县与两县政府签约。"])
    func bodiesCountedNameNone(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
