import Testing
import TupuRecognizer

/// Names in news of trade unions' rest stations for outdoor workers: stations (驿站) and filling
/// stations (加油站) are bodies; the union's stations as a kind, a body's outlets and titles begun
/// by 最美 are not. Fresh sentences.
@Suite struct OutdoorWorkerStationTests {
    @Test func stationsAreBodies() {
        recognizer.expectFinds(MarkedSentence("宁远县新建[Institution:舜韵驿站]和[Institution:九嶷山货车司机驿站],[Institution:湾井镇中石化加油站]也设了休息点。"))
    }

    /// Stations named by generic words only (工会驿站, 户外劳动者服务站点) are a kind.
    @Test func kindsOfStationNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县依托工会驿站和户外劳动者服务站点,在城区多个工会驿站开展义诊。")
        #expect(names == [], "found \(names)")
    }

    /// A body's outlets of a kind (县总工会|户外劳动者服务站点) are a class of that body's: the body alone is named.
    @Test func aBodysOutletsAreAClass() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县总工会户外劳动者服务站点向环卫工人开放。")
        #expect(names == ["宁远县总工会"], "found \(names)")
    }

    /// 最美 begins a title conferred (最美乡村卫生院), no name.
    @Test func theMostBeautifulIsATitle() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇卫生院获评省级最美乡村卫生院。")
        #expect(!names.contains { $0.hasPrefix("最美") }, "found \(names)")
    }
}
