import Testing
import TupuRecognizer

/// Names in news of furniture parks: 战略 before 储备 is a strategic reserve, no programme's head; 上下游 is
/// generic; items listed before 等各类 are kinds, none taking the head; a quoted drive after 的 that a launching
/// verb's clause describes is launched (着力打造…的“…”). Fresh sentences.
@Suite struct FurnitureParkTests {
    @Test func aStrategicReserveIsNoStrategy() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县是中国木材战略储备基地示范县。")
    }

    @Test func upstreamWorksAndKindsListedAreNoNames() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县引进相关上下游项目入园。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县引进办公、家庭起居等各类家具项目。")
    }

    @Test func aDriveALaunchingClauseDescribesIsLaunched() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]着力打造产城融合、生态宜居的“[Programme:山水宁远]”。"))
    }
}
