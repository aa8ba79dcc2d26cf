import Testing
import TupuRecognizer

/// Names in news of yams: a quoted title that a place's produce wins (“湖南山药之乡”, “中国竹子之都”)
/// is no entity and keeps the places inside it from being ones, with or without an honour word
/// before it, unless it is a brand launched (打造“…之乡·…之都”品牌). Fresh sentences.
@Suite struct YamTests {
    @Test func aProduceTitleHidesItsPlaces() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县带你走进“湖南山药之乡”和“中国竹子之都”。")
    }

    @Test func aBrandLaunchedUnderSuchATitleIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]着力打造[Programme:湖南山药之乡·健康养生之都|“湖南山药之乡·健康养生之都”]品牌。"))
    }

    @Test func aPlaceOutsideTheTitleIsStillNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]的山药销往[Place:湖南]。“中国山药之乡”名不虚传。"))
    }
}
