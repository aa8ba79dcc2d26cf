import Testing
import TupuRecognizer

/// Names in news of navel oranges: ministries of foreign trade under their former names, which older
/// designations cite (国家农业部和外贸部定为…基地县). Fresh sentences.
@Suite struct NavelOrangeTests {
    @Test(arguments: [
        MarkedSentence("[Place:宁远县]被国家农业部和[Institution:外贸部]定为出口脐橙基地县。"),
        MarkedSentence("[Institution:外经贸部]批准[Place:宁远县]出口脐橙。"),
    ])
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
