import Testing
import TupuRecognizer

/// Names in news of express delivery parks: the national express and online-trade companies known by their
/// trade names (顺丰, 中通, 京东) are institutions wherever they are written. Fresh sentences.
@Suite struct ExpressParkTests {
    @Test func expressCompaniesByTradeNamesAreInstitutions() {
        recognizer.expectFinds(MarkedSentence("[Institution:顺丰]、[Institution:韵达]2家分拨中心入驻[Place:宁远县],[Institution:京东]、[Institution:拼多多]2户电商企业也将入驻。"))
    }
}
