import Testing
import TupuRecognizer

/// Names in news of the under-forest economy: kinds of farming listed before a shared 模式 (two
/// characters each, or listed as many kinds), landscapes and diversity as kinds, beside ways of working
/// that places name (枫桥经验), which a list still shares its head with.
/// Fresh sentences.
@Suite struct ForestEconomyTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]学习[Programme:枫桥经验|枫桥]、[Programme:浦江经验|浦江]等经验。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: [
        "宁远县有林茶、林药、林菜等多种林下立体经营模式。",
        "宁远县以林禽、林畜、林蜂等模式发展林下养殖。",
        "宁远县依托林业和山水景区资源，开发多元化线路。",
    ]) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
