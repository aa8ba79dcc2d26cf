import Testing
import TupuRecognizer

/// Names in news of townships' fire brigades: a conjunction before a counted list of townships is no
/// part of the first (以及|舜陵、湾井等8个乡镇), a convention centre is a venue, and the kinds of zone a
/// brigade serves (经济开发区) are no places. Fresh sentences.
@Suite struct FireBrigadeTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县委]和[Institution:县公安局],以及[Place:舜陵]、[Place:湾井]等8个乡镇镇长参加。"))
        recognizer.expectFinds(MarkedSentence("授牌仪式在[Place:宁远县会展中心]举行。"))
    }

    @Test func kindsOfZoneAreNoPlaces() {
        let names = recognizer.namesBesidesTheCounty(in: "专职消防队建在经济开发区、工业集中区和中心乡镇。")
        #expect(names == [], "found \(names)")
    }
}
