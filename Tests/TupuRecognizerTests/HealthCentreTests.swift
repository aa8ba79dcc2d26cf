import Testing
import TupuRecognizer

/// Names in news of township health centres moved, merged and rebuilt: townships written as former
/// ones, branch hospitals, a national programme before a works head, and kinds of health centres.
/// Fresh sentences.
@Suite struct HealthCentreTests {
    static let cases: [MarkedSentence] = [
        // Townships merged away, written as former (原…乡) beside a township of the document.
        MarkedSentence("[Place:宁远县][Place:湾井镇]、原[Place:栖真乡]及原[Place:塘汇乡]合并。"),
        // Branch hospitals (…分院).
        MarkedSentence("宁远县人民医院下辖[Institution:舜陵分院]、[Institution:九嶷分院]。"),
        // A name of the general lexicon keeps its function character (以旧换新).
        MarkedSentence("[Project:以旧换新项目]进入招标阶段。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A health centre named by a quality (现代化卫生院) is a kind.
    @Test func aHealthCentreNamedByAQualityIsAKind() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县建成一所现代化卫生院。")
        #expect(names == [], "found \(names)")
    }
}
