import Testing
import TupuRecognizer

/// Names in news of edible-fungi farming: demonstration zones, whose names run longer than other
/// places', and the words of the genre that name nothing (a cooperative being set up, named by its
/// crop and trade alone; a park's product-testing centre).
/// Fresh sentences.
@Suite struct FungiFarmingTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("记者走进[Place:宁远县][Place:湾井镇][Place:下灌村食用菌现代高效农业示范园区]。"),
        MarkedSentence("[Place:湾井镇高效农业示范园区]建成投用。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: [
        "宁远县由企业牵头成立食用菌种植合作社。",
        "宁远县的园区建有菌种厂、产品检测中心、展销中心等。",
    ]) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
