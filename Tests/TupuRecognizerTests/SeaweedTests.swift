import Testing
import TupuRecognizer

/// Names in news of laver and kelp farming: a farm or ranch at sea (“海上牧场”, 海上农场) is a kind of
/// farming, no body, quoted or not. Fresh sentences.
@Suite struct SeaweedTests {
    @Test func aQuotedRanchAtSeaIsNoBody() {
        let mentions = recognizer.recognize("宁远县湾井镇“海上牧场”迎来海带丰收季。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "\(mentions.map(\.name))")
    }

    @Test func aFarmAtSeaIsNoBody() {
        let mentions = recognizer.recognize("养殖户们驾驶收割船穿梭在海上农场。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "\(mentions.map(\.name))")
    }
}
