import Testing
import TupuRecognizer

/// Names in news of county sports meetings: an event named by its place, year and edition around
/// a national programme, steering committees and sports federations, and sports events that are no
/// works. Fresh sentences.
@Suite struct SportsMeetingTests {
    static let cases: [MarkedSentence] = [
        // Places, a year and an edition before a national programme and a head name the event whole.
        MarkedSentence("2024年[Programme:宁远县第三届全民健身运动会]开幕。"),
        // Steering committees and sports federations are institutions.
        MarkedSentence("由[Institution:县全民健身计划指导委员会]和[Institution:县体育总会]联合举办。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Sports events counted after their kinds (拔河、游泳六大比赛项目) are no works.
    @Test func sportsEventsAreNoWorks() {
        let mentions = recognizer.recognize("宁远县运动会共设篮球、拔河、游泳六大比赛项目。").mentions
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }
}
