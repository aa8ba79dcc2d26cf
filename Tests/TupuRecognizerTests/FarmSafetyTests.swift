import Testing
import TupuRecognizer

/// Names in news of farm-product safety testing: an outlet named in a media head's words on a line of its
/// own before its stamp (华中商情网 2023-09-26) is credited; a label before a stamp (发布时间) is not. Fresh
/// sentences.
@Suite struct FarmSafetyTests {
    @Test func anOutletBeforeItsStampIsCredited() {
        let mentions = recognizer.recognize("华中商情网 2023-09-26\n宁远县开展农产品质量安全抽检。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "华中商情网" }, "found \(mentions.map(\.name))")
    }

    @Test func aLabelBeforeAStampIsNone() {
        let mentions = recognizer.recognize("发布时间 2023-09-26\n宁远县开展农产品质量安全抽检。").mentions
        #expect(mentions.allSatisfy { $0.name == "宁远县" }, "found \(mentions.map(\.name))")
    }
}
