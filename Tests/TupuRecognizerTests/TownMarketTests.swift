import Testing
import TupuRecognizer

/// Names in news of township markets rebuilt: a 集贸市场 named by its town is a place; a quoted drive the work
/// takes as its occasion (以“擦亮小城镇”为契机) is a programme; a known programme right after a function
/// character that makes a word with its first character (自|爱国卫生专项行动: 自爱) begins there; a market described
/// by its frame (钢架结构农贸市场) is a kind. Fresh sentences.
@Suite struct TownMarketTests {
    @Test func aTownsMarketIsAPlace() {
        recognizer.expectFinds(MarkedSentence("[Place:湾井镇集贸市场]经过两个多月的筹备,正式开门营业。"))
    }

    @Test func aQuotedOccasionIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]以“[Programme:美丽集镇]”为契机,改造集镇市场。"))
    }

    @Test func aKnownProgrammeBeginsAfterAFunctionCharacterItsFirstCharacterJoins() {
        recognizer.expectFinds(MarkedSentence("自[Programme:爱国卫生专项行动]开展以来,[Place:宁远县]整顿马路市场。"))
    }

    @Test func aMarketDescribedByItsFrameIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县建成一座大跨度、大空间的钢架结构农贸市场。")
    }
}
