import Testing
import TupuRecognizer

/// Names in news of blueberries: international organisations a report cites (国际粮农组织, 世界卫生组织)
/// are institutions. Fresh sentences.
@Suite struct BlueberryTests {
    @Test func internationalOrganisationsAreNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]蓝莓被[Institution:国际粮农组织]列为健康食品，[Institution:世界卫生组织]也有推荐。"))
    }
}
