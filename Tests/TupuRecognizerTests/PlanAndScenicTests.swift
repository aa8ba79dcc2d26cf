import Testing
import TupuRecognizer

/// Names in scenic-area brands, road works and emergency plans: a road's section from one place to
/// another, resorts and tourist areas, sites counted before their rank, a headquarters named by its
/// task, plans cited by title, a department's party group. Fresh sentences.
@Suite struct PlanAndScenicTests {
    static let cases: [MarkedSentence] = [
        // A road's section from one place to another is a works; 段 elsewhere is none.
        MarkedSentence("[Institution:市交通运输局]力争[Project:厦蓉高速宁远至道县段]年内开工。"),
        // Resorts and tourist areas; sites listed before a count and their rank are the sites.
        MarkedSentence("创建[Place:九嶷山景区]、[Place:宁远国家森林公园]2个国家4A级旅游景区和[Place:湾井生态休闲旅游区]。"),
        // A headquarters named by its task, with its short name in brackets; a plan cited by title, 、 and all.
        MarkedSentence("[Institution:县人民政府森林防火指挥部](以下简称县指挥部)依据[Programme:湖南省处置重、特大森林火灾应急预案|《湖南省处置重、特大森林火灾应急预案》]负责。"),
        // A department's party group right after it.
        MarkedSentence("[Institution:湖南省文化和旅游厅党组]书记出席。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Governments of two levels and kinds of zone a drive creates are no names.
    @Test func classesKindsAndStretchesAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(
            in: "宁远县由县、乡镇两级政府负责，推进旅游度假区和旅游休闲街区等创建工作。")
        #expect(names.isEmpty, "found \(names)")
    }
}
