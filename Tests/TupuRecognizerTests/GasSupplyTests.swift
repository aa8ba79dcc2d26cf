import Testing
import TupuRecognizer

/// Names in news of piped gas reaching villages: an outlet written 融媒 before 讯 is a body, the gas
/// companies of no name are kinds, a kind of town (中心镇) is no township, and 国道 after a list of
/// places that are no road numbers names the places along it. Fresh sentences.
@Suite struct GasSupplyTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远融媒]讯 [Place:湾井镇][Place:下灌村]推进天然气管道进村入户。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]有[Place:G207国道]、[Place:S216国道]。"))
    }

    @Test func gasCompaniesAndKindsOfTownNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "加强对天然气公司工作人员的培训，与燃气公司取得了联系。力争实现中心镇和人口聚集重点镇管道天然气站点的开通建设。")
        #expect(names == [], "found \(names)")
    }

    @Test func placesListedBefore国道AreNoRoads() {
        let names = recognizer.namesBesidesTheCounty(in: "例如湾井、冷水、九嶷等国道沿线的村庄。")
        #expect(!names.contains { $0.hasSuffix("国道") }, "found \(names)")
    }
}
