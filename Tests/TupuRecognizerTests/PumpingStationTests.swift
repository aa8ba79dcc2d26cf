import Testing
import TupuRecognizer

/// Names in news of pumping stations: a pumping or irrigation station named by its place is a works,
/// a plan of a river's reach (上游计划) names nothing, and a works act after 经 (后经扩建) is what was
/// done to a thing named before. Fresh sentences.
@Suite struct PumpingStationTests {
    @Test func aPumpingStationNamedByItsPlaceIsAWorks() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县下灌灌溉泵站位于湾井镇下灌村,舜河排灌站同步改造。")
        #expect(names.contains("宁远县下灌灌溉泵站") || names.contains("下灌灌溉泵站"), "found \(names)")
        #expect(names.contains("舜河排灌站"), "found \(names)")
    }

    @Test func aReachsPlanAndAnActAfterJingNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "包括上游计划实施的治理段。该泵站兴建于1958年,后经扩建、改造,现为三级四站。")
        #expect(names.isEmpty, "found \(names)")
    }
}
