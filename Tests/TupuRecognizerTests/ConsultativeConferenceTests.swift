import Testing
import TupuRecognizer

/// Names in news of county conferences and their members' proposals: a county whose short form is a
/// noun (石门, 清水) names its bodies written right after it, a direction before a district named by a
/// direction and a generic word makes a region of them (豫西|南山区), a river written after its
/// township and before the work on it is a place (湾井镇|青溪河|系统治理), the patriotic health
/// campaign is a national programme, acts on a plan or a road (调整规划, 扩宽改造) name nothing, and
/// neither do kinds of bodies and compounds (地方智库联盟, 留守儿童学校, 住宅小区). Fresh sentences.
@Suite struct ConsultativeConferenceTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("出席[Institution:石门县政协]十届三次会议的委员陆续报到，[Institution:清水县政府]派员列席。"))
        recognizer.expectFinds(MarkedSentence("加强[Place:湾井镇][Place:青溪河]系统治理，[Place:青溪河]水质明显好转。"))
        recognizer.expectFinds(MarkedSentence("委员建议深入开展[Programme:爱国卫生运动]。"))
    }

    @Test func aDirectionBeforeADistrictOfDirectionsMakesARegion() {
        let names = recognizer.namesBesidesTheCounty(in: "该县地处豫西南山区，华中山区的茶园也来参展。")
        #expect(names == [], "found \(names)")
    }

    @Test func actsOnAPlanOrARoadNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "“优化布局，调整规划”是委员的提案。会上，调整计划。群众关心道路的扩宽改造进度。")
        #expect(names == [], "found \(names)")
    }

    @Test func kindsOfBodiesAndCompoundsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "组建地方智库联盟，把闲置校舍用作留守儿童学校，缓解住宅小区停车难。")
        #expect(names == [], "found \(names)")
    }
}
