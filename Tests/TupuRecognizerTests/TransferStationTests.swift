import Testing
import TupuRecognizer

/// Names in news of refuse transfer stations: a station named by its place is a works, one named by
/// how it handles refuse is a kind, and a village's parts by direction (村东西片区) are the village's.
/// Fresh sentences.
@Suite struct TransferStationTests {
    @Test func aStationNamedByItsPlaceIsAWorks() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇下灌社区垃圾中转站建筑面积达537平方米。")
        #expect(names.contains { $0.hasSuffix("下灌社区垃圾中转站") }, "found \(names)")
    }

    @Test func stationsNamedByHowTheyWorkAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "全县新建压缩式垃圾中转站6座,地埋式垃圾压缩站7座,新型垃圾中转站11座。")
        #expect(names.isEmpty, "found \(names)")
    }

    @Test func aVillagesPartsByDirectionAreTheVillages() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇下灌村东西片区各建1座中转站。")
        #expect(!names.contains { $0.hasSuffix("片区") }, "found \(names)")
    }
}
