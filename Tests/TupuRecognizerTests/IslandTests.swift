import Testing
import TupuRecognizer

/// Names in news of islands brought onto the grid: an island named by two or three characters and 岛 is a
/// place where it is written twice or right after its place (蘋洲岛, 宁远县的舜源岛), while common words
/// (海岛, 岛上) and a city's name (青岛) are none; a micro-grid works (微网示范工程) builds something; a
/// grid company (电网公司) and its supply bureaus (供电局, 供电所) are bodies. Fresh sentences.
@Suite struct IslandTests {
    @Test func anIslandWrittenTwiceOrAfterItsPlaceIsAPlace() {
        let names = recognizer.namesBesidesTheCounty(in: "游客乘船登上蘋洲岛。蘋洲岛上有一座书院。宁远县的舜源岛建成生态公园。")
        #expect(names.contains("蘋洲岛") && names.contains("舜源岛"), "found \(names)")
    }

    @Test func commonWordsAndACityAreNoIslands() {
        let names = recognizer.namesBesidesTheCounty(in: "很多人向往海岛,岛上居民多以捕鱼为生,青岛游客也来了。")
        #expect(!names.contains { $0.hasSuffix("岛") && $0 != "青岛" }, "found \(names)")
    }

    @Test func aMicroGridWorksIsAWorks() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远县九嶷微网示范工程]投运。"))
    }

    @Test func aGridCompanysSupplyBureauIsABody() {
        recognizer.expectFinds(MarkedSentence("[Institution:湖南电网公司永州供电局]组织抢修。"))
    }
}
