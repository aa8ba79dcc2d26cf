import Testing
import TupuRecognizer

/// Names in news of regional farm-product brands: a strategy after a verb of valuing, and bodies that a
/// count makes a kind (5万多家农民合作社, 全国140多万家合作社, 一股…热潮). Fresh sentences.
@Suite struct FarmBrandTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:省委]高度重视[Programme:质量强省战略]。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Bodies counted in digits with their magnitude, or by 股.
    static let namelessSentences = [
        "宁远县有3万多家农民专业合作社注册了商标。",
        "宁远县从全国80多万家合作社中脱颖而出。",
        "宁远县掀起了一股农民合作社比拼的热潮。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
