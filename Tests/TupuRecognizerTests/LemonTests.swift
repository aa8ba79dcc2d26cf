import Testing
import TupuRecognizer

/// Names in news of lemon growing: bodies named by their sector alone (农业开发公司, 行业商会) are kinds;
/// a cooperative written short (…专合社) and an outlet's local bureau (…记者站) are bodies. Fresh sentences.
@Suite struct LemonTests {
    @Test func bodiesOfASectorAloneAreKinds() {
        let mentions = recognizer.recognize("该县引进农业开发公司,引导行业商会、协会抱团出海。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "\(mentions.map(\.name))")
    }

    @Test func aShortCooperativeAndALocalBureauAreBodies() {
        let names = recognizer.recognize("李永生是舜源柠檬种植专合社负责人。(宁远县记者站张国盛文/图)").mentions.map(\.name)
        #expect(names.contains("舜源柠檬种植专合社") && names.contains("宁远县记者站"), "\(names)")
    }
}
