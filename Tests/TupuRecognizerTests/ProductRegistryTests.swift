import Testing
import TupuRecognizer

/// Names in registrations of farm products: ministries under former names, development centres
/// and testing stations, associations named by their trade, brigades named by their task, and a
/// body after 经 (by way of). Fresh sentences.
@Suite struct ProductRegistryTests {
    static let cases: [MarkedSentence] = [
        // A ministry under its former name; a body after 经 begins after it.
        MarkedSentence("[Institution:农业部]公告：申请材料并经[Institution:中国绿色食品发展中心]审查。"),
        // A testing station and an association named by its trade.
        MarkedSentence("[Institution:宁远县农产品质量安全检测站]和[Institution:宁远县香芋产销协会]提出申请。"),
        // A brigade named by its task.
        MarkedSentence("[Institution:永州市农业综合行政执法支队]印发方案。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
