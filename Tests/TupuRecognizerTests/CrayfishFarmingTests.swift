import Testing
import TupuRecognizer

/// Names in news of crayfish and rice farming: a river's former course and a main canal as sites, which
/// 沿 (along) and a quoted word a headline stresses stand before and outside of. Fresh sentences.
@Suite struct CrayfishFarmingTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]村民沿[Place:舜河干渠]种树。"),
        MarkedSentence("小龙虾“游”进[Place:宁远县]，“爬”[Place:舜河故道]。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// The surfaces found, to see that no name takes in the preposition or the quoted word.
    @Test(arguments: ["宁远县村民沿舜河干渠种树。", "小龙虾“爬”舜河故道。"])
    func noSiteTakesInWhatStandsBeforeIt(_ text: String) {
        let sites = recognizer.recognize(text).mentions.filter { $0.name.hasSuffix("干渠") || $0.name.hasSuffix("故道") }.map(\.name)
        #expect(sites.count == 1 && sites.allSatisfy { $0.hasPrefix("舜河") }, "\(sites)")
    }
}
