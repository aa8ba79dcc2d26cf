import Testing
import TupuRecognizer

/// Names in news of township markets: zones the data lists as townships (开发区, 高新区), a
/// prefecture named alone at a story's head, and a market named after its zone. Fresh sentences.
@Suite struct MarketTests {
    /// Zones the data lists as some county's townships imply no county, and a prefecture's short form
    /// standing alone (漳州:…) is the document's prefecture.
    @Test func zonesImplyNoCountyAndAPrefectureAloneIsTheDocuments() {
        let document = recognizer.recognize("漳州:记者走进高新区嗨马莲浦农贸市场。开发区、高新区共20个市场参与竞赛。")
        #expect(document.county == nil, "county \(String(describing: document.county?.name))")
        #expect(document.prefecture?.name == "漳州市", "prefecture \(String(describing: document.prefecture?.name))")
    }

    /// A temporary market (临时农贸市场) is a kind.
    @Test func temporaryMarketsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县城区的临时农贸市场很拥挤。")
        #expect(!names.contains { $0.hasSuffix("市场") }, "found \(names)")
    }

    /// A market after its zone begins after the zone's head, and the zone's shorter head (新区 of 高新区)
    /// grows no name of its own.
    @Test func aMarketAfterItsZoneIsNamedWithoutIt() {
        recognizer.expectFinds(MarkedSentence("近日,记者走进高新区[Place:嗨马莲浦农贸市场]。"))
        let names = recognizer.recognize("近日,记者走进高新区嗨马莲浦农贸市场。").mentions.map(\.name)
        #expect(!names.contains { $0.hasPrefix("记者") }, "found \(names)")
    }
}
