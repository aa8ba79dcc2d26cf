import Testing
import TupuRecognizer

/// Names in news of services for disabled people: the government's working committee (残工委) and
/// care centres (托养中心) are bodies, a care centre of no place is a kind, and an act and a verbal
/// noun joined by 和 (保障和发展) stay inside a plan's name. Fresh sentences.
@Suite struct DisabilityServiceTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("宁远县召开[Institution:县政府残工委]全体会议,[Institution:县残疾人托养中心]建成运营。"))
        recognizer.expectFinds(MarkedSentence("宁远县印发[Programme:宁远县残疾人保障和发展规划]。"))
    }

    @Test func aCareCentreOfNoPlaceIsAKind() {
        let names = recognizer.namesBesidesTheCounty(in: "一处残疾人托养中心在宁远县建成。")
        #expect(names == [], "found \(names)")
    }
}
