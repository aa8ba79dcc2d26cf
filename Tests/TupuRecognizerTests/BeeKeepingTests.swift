import Testing
import TupuRecognizer

/// Names in news of bee-keeping: an autonomous county written with 县 whose short form the word list
/// tags as a numeral (五峰县 for 五峰土家族自治县), a national institute under its short name, and bodies
/// of places counted (两地协会), which name no one body. Fresh sentences.
@Suite struct BeeKeepingTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:五峰县]发展中蜂养殖。"),
        MarkedSentence("[Institution:中国计量院]专家到[Place:宁远县]考察。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func bodiesOfPlacesCountedNameNone() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县与两地协会合作养蜂。")
    }
}
