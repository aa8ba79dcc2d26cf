import Testing
import TupuRecognizer

/// Names in news of academicians' workstations and their partners: 投资 inside a body's name joins
/// its words (…投资贸易促进会), though it ends a name as a verb before works. Fresh sentences.
@Suite struct WorkstationTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("由[Institution:湖南国际投资贸易促进会]和[Institution:宁远县城市建设投资集团有限公司]主办。"))
    }
}
