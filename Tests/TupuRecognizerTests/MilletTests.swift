import Testing
import TupuRecognizer

/// Names in news of millet growing: a village written after its township keeps its 村 before a word of
/// where in the village (湾井镇鲍家村|上: 村上). Fresh sentences.
@Suite struct MilletTests {
    @Test func aVillageBeforeAWordOfWhereInItIsNamed() {
        let mentions = recognizer.recognize("在宁远县湾井镇鲍家村上,漫山遍野的谷子压弯了腰。").mentions
        #expect(mentions.contains { $0.name == "鲍家村" && $0.type == .place }, "\(mentions.map(\.name))")
    }

    @Test func aVillageBeforeItsVillagersIsStillNoVillage() {
        let mentions = recognizer.recognize("宁远县湾井镇组织村民种植谷子。").mentions
        #expect(!mentions.contains { $0.name.hasSuffix("村") }, "\(mentions.map(\.name))")
    }
}
