import Testing
import TupuRecognizer

/// Names in news of solar stations for poverty relief: 光伏扶贫 is a national programme, and its
/// stations counted or of every village (村级光伏扶贫电站) are a kind, no works of their own; a
/// station named by its place still is one. Fresh sentences.
@Suite struct SolarPovertyReliefTests {
    @Test func solarPovertyReliefIsANationalProgramme() {
        recognizer.expectFinds(MarkedSentence("宁远县2016年被确定为实施[Programme:光伏扶贫]的试点县。"))
    }

    @Test func stationsOfTheProgrammeAreAKind() {
        let names = recognizer.recognize("宁远县已建成126座光伏扶贫电站,其中村级光伏扶贫电站98座。").mentions
        #expect(!names.contains { $0.type == .project }, "found \(names.map(\.name))")
    }

    @Test func aStationNamedByItsPlaceIsAWorks() {
        recognizer.expectFinds(MarkedSentence("[Project:下灌村光伏电站]于6月并网发电。"))
    }
}
