import Testing
import TupuRecognizer

/// Names in news of rural public-welfare jobs: 精准脱贫, the national strategy beside 精准扶贫, is known.
/// Fresh sentences.
@Suite struct PublicWelfareJobTests {
    @Test func theNationalStrategyIsKnown() {
        let mentions = recognizer.recognize("宁远县开发公益性岗位，安置贫困人员，助力精准脱贫。").mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "精准脱贫" }, "found \(mentions.map(\.name))")
    }
}
