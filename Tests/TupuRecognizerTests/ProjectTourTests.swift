import Testing
import TupuRecognizer

/// Names in leaders' project tours, university–county agreements and civilisation-practice news:
/// a county of two characters standing alone, and departments listed after their division's first
/// one. Fresh sentences.
@Suite struct ProjectTourTests {
    static let cases: [MarkedSentence] = [
        // A county of one character and 县 counts where it stands as a word of its own.
        MarkedSentence("近年来，[Place:道县]推进脐橙产业，[Institution:道县农业农村局]组织技术培训，将[Place:道县]建成示范县。"),
        // Departments listed by their topic alone after one named with its division (or a bare level character) are that division's.
        MarkedSentence("[Institution:宁远县发改局]、[Institution:宁远县财政局|财政局]、[Institution:宁远县自然资源局|自然资源局]和"
            + "[Institution:县教育局]、[Institution:县卫健局|卫健局]负责人参加。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A department listed after anything but a department is no name: 湾井镇、|财政局.
    @Test func aDepartmentListedAfterAPlaceIsNoName() {
        let names = recognizer.namesBesidesTheCounty(in: "调研组深入湾井镇、财政局、学校了解情况。")
        #expect(names == ["湾井镇"], "found \(names)")
    }

    /// Two characters ending in 县 inside other words are no county (简单|县城, 新|县城, 领导和|县人大):
    /// only the bare bodies are names.
    @Test func twoCharacterCountiesInsideOtherWordsAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "不搞简单县城扩张，规划建设新县城，在县委领导和县人大监督下推进。")
        #expect(names == ["县委", "县人大"], "found \(names)")
    }
}
