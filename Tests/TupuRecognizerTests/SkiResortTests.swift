import Testing
import TupuRecognizer

/// Names in news of ski resorts: a resort (…滑雪场), games named after their host city (北京冬奥会);
/// and what names nothing: works of ice-and-snow tourism in general (冰雪旅游项目). Fresh sentences.
@Suite struct SkiResortTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:舜峰滑雪场]开板迎客。"),
        MarkedSentence("[Place:宁远县]抓住[Programme:北京冬奥会]机遇发展冰雪运动。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func iceAndSnowTourismWorksNameNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县吸引投资者打造冰雪旅游项目。")
    }
}
