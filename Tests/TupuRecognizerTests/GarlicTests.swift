import Testing
import TupuRecognizer

/// Names in news of garlic: after 的 a market named by a common noun the text also writes on its own
/// (最大的|生姜|交易市场, where 生姜 recurs) is a kind, while one whose noun stands only before the head
/// is named (县城的|东风|农贸市场); and 仅 is an adverb before a name, never part of it. Fresh sentences.
@Suite struct GarlicTests {
    @Test func aMarketOfGoodsAfterDeIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县拥有全省最大的生姜交易市场,生姜远销各地。")
    }

    @Test func aMarketWhoseNounStandsOnlyBeforeItsHeadIsNamed() {
        recognizer.expectFinds(MarkedSentence("县城的[Place:东风农贸市场]开业,[Place:东风农贸市场]有摊位300个。"))
    }

    @Test func onlyIsNoPartOfAName() {
        recognizer.expectFinds(MarkedSentence("仅[Place:舜陵街道]就新增商户200家。"))
    }
}
