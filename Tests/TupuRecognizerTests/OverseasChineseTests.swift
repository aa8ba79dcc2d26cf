import Testing
import TupuRecognizer

/// Names in news of returned overseas Chinese: federations by their short names (县侨联, 县台联, 县知联会),
/// associations of natives abroad and liaison stations (…同乡会, …联络站), more countries by name, and
/// 中心工作 (the central task) no centre. Fresh sentences.
@Suite struct OverseasChineseTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:县侨联]、[Institution:县台联]和[Institution:县知联会]负责人参加会议。"),
        MarkedSentence("[Institution:广东宁远同乡会]发来贺电。"),
        MarkedSentence("[Institution:坦桑尼亚永州联络站]发来贺电。"),
        MarkedSentence("亲属侨居[Place:安哥拉]、[Place:赞比亚]。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func theCentralTaskIsNoCentre() {
        #expect(recognizer.namesBesidesTheCounty(in: "要围绕县委、县政府中心工作，积极献智出力。") == ["县委", "县政府"])
    }
}
