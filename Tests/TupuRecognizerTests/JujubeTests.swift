import Testing
import TupuRecognizer

/// Names in news of jujubes: the national programme of science-and-technology courtyards, numbered slogans
/// listed in a quotation of fifteen characters
/// (“一乡一特一园区、一村一品一基地”); and what names nothing: gardens of a high standard (高标准精品示范园).
/// Fresh sentences.
@Suite struct JujubeTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]推进[Programme:科技小院]建设。"),
        MarkedSentence("[Place:宁远县]按照“[Programme:一乡一特一园区、一村一品一基地]”的路子发展。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func gardensOfAHighStandardNameNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县建成高标准精品示范园。")
    }
}
