import Testing
import TupuRecognizer

/// Names in news of supply-and-marketing cooperatives: bodies that act after a preposition on
/// another body's plan. Fresh sentences.
@Suite struct SupplyCooperativeTests {
    static let cases: [MarkedSentence] = [
        // A preposition between two bodies ends the second's name (按照|省供销社, 依照|县人民医院).
        MarkedSentence("[Institution:宁远县供销社]按照[Institution:省供销社]统一部署开展工作。"),
        MarkedSentence("[Institution:湾井镇卫生院]依照[Institution:县人民医院]标准建设。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
