import Testing
import TupuRecognizer

/// Names in honour lists: the party centre's departments and the supreme procuratorate by full and
/// short names, and a bureau's branch for a place named with the bureau. Fresh sentences.
@Suite struct HonourListTests {
    static let cases: [MarkedSentence] = [
        // National bodies known by name.
        MarkedSentence("授奖单位:[Institution:中共中央组织部]、[Institution:最高检]、[Institution:国管局]和[Institution:中央文明委]。"),
        // A bureau's branch for a place is one name with the bureau.
        MarkedSentence("[Institution:永州市公路局宁远分局]等12家单位继续保留荣誉称号。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
