import Testing
import TupuRecognizer

/// Names in news and plans of rural refuse collection and sorting: drives counted as a class, and
/// an edition that ranks a drive rather than counting it. Fresh sentences.
@Suite struct RefuseSortingTests {
    /// Drives counted by a classifier (7个…创建, 3个专项行动) are a class.
    @Test func countedDrivesNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县完成7个垃圾分类示范村创建,开展3个专项行动。")
        #expect(names == [], "found \(names)")
    }

    /// An ordinal's count (第十五个) ranks one drive.
    @Test func rankedDrivesKeepTheirNames() {
        recognizer.expectFinds(MarkedSentence("宁远县举行[Programme:第十五个民族团结进步宣传月活动]。"))
    }
}
