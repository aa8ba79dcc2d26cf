import Testing
import TupuRecognizer

/// Names in news of weather bureaus: a title conferred after 授牌…为 names no place of its own. Fresh
/// sentences.
@Suite struct WeatherBureauTests {
    @Test func aTitleConferredNamesNoPlaceOfItsOwn() {
        let mentions = recognizer.recognize("2007年1月，永州市科协授牌宁远县气象局为“永州市青少年科技教育基地”。").mentions
        #expect(!mentions.contains { $0.type == .place && $0.name == "永州市" }, "found \(mentions.map(\.name))")
    }
}
