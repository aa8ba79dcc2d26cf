import Testing
import TupuRecognizer

/// Names in news of pigeon farming: a body named by raising or growing one kind alone (养鸽|合作社,
/// 种粮|大户) is of a trade, no name; one with a place of its own stays named. Fresh sentences.
@Suite struct PigeonTests {
    @Test func aBodyOfATradeAloneIsNoName() {
        let mentions = recognizer.recognize("该镇鼓励现有养鸽合作社、养鸽户扩大养殖规模。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "\(mentions.map(\.name))")
    }

    @Test func aBodyOfATradeWithItsPlaceIsNamed() {
        let mentions = recognizer.recognize("宁远县养鸽协会近日成立。").mentions
        #expect(mentions.contains { $0.name == "宁远县养鸽协会" && $0.type == .institution }, "\(mentions.map(\.name))")
    }
}
