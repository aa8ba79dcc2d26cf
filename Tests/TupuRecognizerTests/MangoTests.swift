import Testing
import TupuRecognizer

/// Names in news of mangoes: a market named by its goods and size alone (大型水果批发市场) is a kind,
/// though one with a place or a name is a site (宁远县农产品批发市场); and a city's short form after the
/// 往 of a verb of sending (发往|成都) begins a word. Fresh sentences.
@Suite struct MangoTests {
    @Test func aMarketNamedByItsGoodsAloneIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县的芒果发往各地的大型水果批发市场。")
        recognizer.expectFinds(MarkedSentence("[Place:宁远县农产品批发市场]开业。"))
    }

    @Test func aCityAfterAVerbOfSendingIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]芒果陆续发往[Place:成都]、[Place:重庆]等地。"))
    }
}
