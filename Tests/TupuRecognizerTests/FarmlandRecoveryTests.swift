import Testing
import TupuRecognizer

/// Names in news of abandoned farmland brought back under the plough: a verb of bringing bodies in (招进, 引入,
/// 招引) ends before a name, so what it brings in is a kind (招进公司) or the named company after it. Fresh sentences.
@Suite struct FarmlandRecoveryTests {
    @Test func bodiesBroughtInOfAKindAreNoName() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县通过招进公司、合作社、家庭农场,引入企业整治撂荒地,招引公司流转土地。")
    }

    @Test func aNamedCompanyBroughtInIsFound() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]引入[Institution:永州舜丰农业开发有限公司]流转撂荒地。"))
    }
}
