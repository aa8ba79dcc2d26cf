import Testing
import TupuRecognizer

/// Names in news of aid to other provinces: a team sent in numbered rotations is one body, however
/// many numerals its batch has (湖南省第十批援藏工作队, 山东省第十一批援疆工作队); the place an agency
/// files from is named in its dateline whatever the article is about (新华社|长沙|6月3日电); central
/// state companies go by short names without a head (中石化, 国家电投); and a timetable or a stock
/// of projects (倒排工期计划表, 项目储备) names nothing. Fresh sentences.
@Suite struct AidTeamTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:湖南省第十批援藏工作队]与[Institution:山东省第十一批援疆工作队]座谈。"))
        recognizer.expectFinds(MarkedSentence("[Institution:新华社][Place:长沙]6月3日电(记者李四)援藏干部抵达[Place:山南市]。"))
        recognizer.expectFinds(MarkedSentence("[Institution:中石化]、[Institution:国家电投]定点帮扶[Place:宁远县]。"))
    }

    @Test func aTimetableOrAStockOfProjectsNamesNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "制定倒排工期计划表，做好各单位2026年项目计划及项目储备。")
        #expect(names == [], "found \(names)")
    }
}
