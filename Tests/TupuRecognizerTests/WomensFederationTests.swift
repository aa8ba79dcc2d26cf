import Testing
import TupuRecognizer

/// Names in news of women's federations: a local brand built on a national programme and joined to it
/// by a middle dot, and the words of the genre that name nothing (the posts an election brings forth,
/// the unlawful activities a federation campaigns against).
/// Fresh sentences.
@Suite struct WomensFederationTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]开设“[Programme:美丽乡村·巾帼课堂]”，组织留守妇女学习种植技术。"),
        MarkedSentence("[Place:宁远县]各乡镇推出“[Programme:乡村振兴·巾帼行动]”，带动妇女就业。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: [
        "宁远县换届大会产生21名村妇联主席和63名执委。",
        "宁远县坚决打击违法犯罪活动，抵制封建迷信活动。",
        "宁远县严禁非法宗教活动和传销活动进村入户。",
        // A dot in a date is no brand.
        "宁远县在“5·12”当天组织演练。",
    ]) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
