import Testing
import TupuRecognizer

/// Names in news of emergency shelters and forest chiefs: a township's stations (林业站, 农技站) are
/// bodies, 防灾减灾宣传周 is a known week, and drills of no name (应急演练活动) are kinds. Fresh sentences.
@Suite struct EmergencyShelterTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县湾井林业站]站长和[Institution:九嶷农技站]站长出席。5月6日至12日为[Programme:防灾减灾宣传周]。"))
    }

    @Test func drillsOfNoNameAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "组织村组干部开展了应急报告会及应急演练活动。")
        #expect(names == [], "found \(names)")
    }
}
