import Testing
import TupuRecognizer

/// Names in news of pitaya: a natural village written after its village's committee (下灌村委|石背村)
/// is one of that village; and a township's full name right after the writer's own county (我县|白沙镇)
/// begins a word there, so it stands as a place though no county is named. Fresh sentences.
@Suite struct PitayaTests {
    @Test func aNaturalVillageAfterItsVillagesCommitteeIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县][Place:湾井镇][Place:下灌村]委[Place:石背塘村]的火龙果成熟了。"))
    }

    @Test func aTownshipAfterTheWritersCountyIsAPlace() {
        recognizer.expectFinds(MarkedSentence("记者得知在我县[Place:白沙镇]也有了火龙果基地。"))
    }
}
