import Testing
import TupuRecognizer

/// Names in news of wheat harvests: a wire's dateline closed by 电 after the place it is filed from credits
/// its outlet (湘江财经|长沙5月29日电); and 但 opening a clause is no part of the name after it. Fresh sentences.
@Suite struct WheatTests {
    @Test func aWiresDatelineCreditsItsOutlet() {
        recognizer.expectFinds(MarkedSentence("[Institution:湘江财经]长沙5月29日电(记者李明)全省夏收全面展开。"))
    }

    @Test func butOpeningAClauseIsNoPartOfAName() {
        let names = recognizer.recognize("宁远县夏收在即,但下灌村党支部书记并不着急。").mentions.map(\.name)
        #expect(names.contains("下灌村党支部") && !names.contains { $0.hasPrefix("但") }, "\(names)")
    }
}
