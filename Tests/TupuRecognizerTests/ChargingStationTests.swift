import Testing
import TupuRecognizer

/// Names in news and plans of charging stations: a broadcaster's dateline, and stations named by
/// their kind only, the bodies of every division a plan is sent to, a spaced brand. Fresh sentences.
@Suite struct ChargingStationTests {
    /// A broadcaster credited by its dateline (…广电|讯), though 电讯 is a word.
    @Test func aBroadcastersDatelineNamesIt() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远广电]讯(记者 张三)近日,宁远县召开会议。"))
    }

    /// A quoted brand after 品牌, its parts spaced, is named without the spaces.
    @Test func aSpacedBrandAfterItsWordIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("宁远县供电公司依托服务品牌“[Programme:湘e电万家|湘e 电 万家]”开展服务。"))
    }

    /// A list addressed to the bodies of every division of a level (各县(区)…:) names a class of each.
    @Test func bodiesOfEveryDivisionNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "各县(区)发展改革委、科技局、市场监管局、机关事务管理中心:现将方案印发给你们。")
        #expect(names == [], "found \(names)")
    }

    /// Stations named by their kind (公共充换电站, 专用充换电站) are kinds.
    @Test func stationsOfAKindNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "全省公共充换电站达到50座,专用充换电站30座。")
        #expect(names == [], "found \(names)")
    }
}
