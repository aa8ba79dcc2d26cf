import Testing
import TupuRecognizer

/// Names in news of supply-and-marketing cooperatives: bodies that act after a preposition on
/// another body's plan, bodies after a common word that is said of them. Fresh sentences.
@Suite struct SupplyCooperativeTests {
    static let cases: [MarkedSentence] = [
        // A preposition between two bodies ends the second's name (按照|省供销社, 依照|县人民医院).
        MarkedSentence("[Institution:宁远县供销社]按照[Institution:省供销社]统一部署开展工作。"),
        MarkedSentence("[Institution:湾井镇卫生院]依照[Institution:县人民医院]标准建设。"),
        // A common word before a division's full name is said of the body (下属企业|宁远县…, 新一届|宁远县…).
        MarkedSentence("该站由[Institution:县供销社]下属企业[Institution:宁远县农资有限公司]承建。"),
        MarkedSentence("大会选举产生了新一届[Institution:宁远县供销合作社]理事会。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
