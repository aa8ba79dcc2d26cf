import Testing
import TupuRecognizer

/// Names in news of lotus: a group and the company under it (…集团旗下…有限责任公司) are two
/// institutions; production lines counted before the phrase that describes them (10余条国内领先的
/// 全自动…生产线) are equipment, not works. Fresh sentences.
@Suite struct LotusTests {
    @Test func aGroupAndItsSubsidiaryAreTwo() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县城投集团]旗下[Institution:宁远县舜源莲业发展有限责任公司]的标志格外醒目。"))
        let names = recognizer.recognize("宁远县城投集团旗下宁远县舜源莲业发展有限责任公司的标志格外醒目。").mentions.map(\.name)
        #expect(!names.contains { $0.contains("旗下") }, "\(names)")
    }

    @Test func linesCountedBeforeTheirDescriptionAreEquipment() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县一家公司有10余条国内领先的全自动莲子加工生产线。")
    }
}
