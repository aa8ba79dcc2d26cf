import Testing
import TupuRecognizer

/// Names in news of science museums: a community's science hall is a body (城东社区科普馆), and a
/// sub-district's office right before a community names the sub-district, an address, no body
/// (舜陵街道办事处|城东社区科普馆). Fresh sentences.
@Suite struct ScienceMuseumTests {
    @Test func aCommunitysScienceHallIsABody() {
        let mentions = recognizer.recognize("永州市宁远县舜陵街道办事处城东社区科普馆举行开馆仪式。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "城东社区科普馆" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.type == .institution && $0.name.hasSuffix("办事处") }, "found \(mentions.map(\.name))")
    }

    @Test func anOfficeElsewhereIsABody() {
        let mentions = recognizer.recognize("宁远县舜陵街道办事处组织开展活动。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "舜陵街道办事处" }, "found \(mentions.map(\.name))")
    }
}
