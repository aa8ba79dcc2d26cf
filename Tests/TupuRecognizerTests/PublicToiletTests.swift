import Testing
import TupuRecognizer

/// Names in news of public toilets: toilets of a kind or grade rebuilt (城区公厕改建, 旱厕改造, 三类公厕) are kinds of
/// works; a county's sanitation office written bare (县环卫处) is the county's body. Fresh sentences.
@Suite struct PublicToiletTests {
    @Test func toiletsOfAKindOrGradeAreKindsOfWorks() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县推进城区公厕改建,完成13只旱厕改造,从三类公厕建设改造二类公厕。")
    }

    @Test func aBareSanitationOfficeIsTheCountys() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]召开会议,[Institution:宁远县委|县委]部署,[Institution:县环卫处]加大公厕提升改造。"))
    }
}
