import Testing
import TupuRecognizer

/// Names in news of village collectives' companies: a national programme before a road written as a
/// figure of speech (共同富裕|赶考路上), and kinds of reform and of collective works that name nothing.
/// Fresh sentences.
@Suite struct VillageCompanyTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]在[Programme:共同富裕]赶考路上奋勇争先。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Kinds of reform and of collective works.
    static let namelessSentences = [
        "宁远县深化集体经济经营机制市场化改革，建立实体共富项目。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
