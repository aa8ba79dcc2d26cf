import Testing
import TupuRecognizer

/// Names in news of flower festivals: a bare 政府 listed right after a division's party committee
/// (…镇党委、政府, …县委、政府) is that division's government; after a committee of no division it names
/// nothing. Fresh sentences.
@Suite struct FlowerFestivalTests {
    @Test func aGovernmentAfterItsDivisionsCommitteeIsNamed() {
        recognizer.expectFinds(MarkedSentence("本届花节由[Institution:宁远县湾井镇党委]、[Institution:湾井镇政府|政府]承办。"))
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县委]、[Institution:宁远县政府|政府]高度重视油菜花节。"))
    }

    @Test func aGovernmentAfterACommitteeOfNoDivisionNamesNothing() {
        let names = recognizer.recognize("在党委、政府领导下，活动顺利举办。").mentions.map(\.name)
        #expect(names.isEmpty, "\(names)")
    }
}
