import Testing
import TupuRecognizer

/// Names in news and plans of charging stations: a broadcaster's dateline, and stations named by
/// their kind only. Fresh sentences.
@Suite struct ChargingStationTests {
    /// A broadcaster credited by its dateline (…广电|讯), though 电讯 is a word.
    @Test func aBroadcastersDatelineNamesIt() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远广电]讯(记者 张三)近日,宁远县召开会议。"))
    }

    /// Stations named by their kind (公共充换电站, 专用充换电站) are kinds.
    @Test func stationsOfAKindNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "全省公共充换电站达到50座,专用充换电站30座。")
        #expect(names == [], "found \(names)")
    }
}
