import Testing
import TupuRecognizer

/// Names in news of county state companies: a county's short form that is also an adverb begins
/// the works named after it (正定|古城保护项目, 正定 an adverb too); a plan followed (按|计划) and a
/// company's planning department (发展规划部) name nothing. Fresh sentences.
@Suite struct StateCompanyTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:正定县]与集团签约，全力推动[Project:正定古城保护项目]建设。"))
    }

    @Test func plansFollowedAndDepartmentsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "确保工程能够按计划顺利推进。集团发展规划部负责人参加。")
        #expect(names == [], "found \(names)")
    }
}
