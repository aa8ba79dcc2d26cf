import Testing
import TupuRecognizer

/// Names in news of goji: 中科院, the Chinese Academy of Sciences under its short name, names the
/// national academy; a provincial academy of social sciences (省社科院) is not it. Fresh sentences.
@Suite struct GojiTests {
    @Test func theAcademysShortNameIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]携手[Institution:中国科学院|中科院]启动枸杞合作。"))
    }

    @Test func aProvincialAcademyIsNotTheNationalOne() {
        let names = recognizer.recognize("宁远县邀请省社科院专家调研。").mentions.map(\.name)
        #expect(!names.contains("中国社会科学院") && !names.contains("中国科学院"), "\(names)")
    }
}
