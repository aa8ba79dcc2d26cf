import Testing
import TupuRecognizer

/// What names nothing in news of apple orchards: works on orchards of a kind (老果园|间伐|改造,
/// 郁闭园改造) and a body set up under common words after 成立了 (成立了|花卉协会). Fresh sentences.
@Suite struct AppleOrchardTests {
    @Test(arguments: ["宁远县实施老果园间伐改造。", "宁远县完成郁闭园间伐改造5万亩。", "宁远县注重老园改造。", "宁远县成立了花卉协会。"])
    func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
