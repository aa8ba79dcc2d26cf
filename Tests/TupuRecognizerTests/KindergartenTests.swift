import Testing
import TupuRecognizer

/// Names in news of township kindergartens: a kindergarten's branch (分园), and a headline's verb
/// phrase (新布局) that no name runs across. Fresh sentences.
@Suite struct KindergartenTests {
    @Test func aBranchKindergartenIsABody() {
        recognizer.expectFinds(MarkedSentence("宁远县今年的项目有[Institution:县第二实幼分园|县第二实幼分园]。"))
    }

    /// 新布局 (newly laid out) ends the name before it: the kindergartens after it are a kind.
    @Test func aNewLayoutIsNoPartOfAName() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远新布局乡镇公办幼儿园:将覆盖人口2万。")
        #expect(!names.contains { $0.hasSuffix("幼儿园") }, "found \(names)")
    }
}
