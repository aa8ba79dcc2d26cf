import Testing
import TupuRecognizer

/// Names in news of disease-control centres' new buildings: works done to a body's building are named
/// with the body, whatever verbs its head holds, though an act before the building is a clause; a
/// culture and tourism zone (文旅区) is a place; 含 opening a bracket begins no name. Fresh sentences.
@Suite struct DiseaseControlCentreTests {
    @Test func worksOnABodysBuildingAreNamedWithTheBody() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远县疾病预防控制中心业务综合楼改扩建项目]总投资1103万元。"))
        recognizer.expectFinds(MarkedSentence("最近，[Project:宁远县疾病预防控制中心新建项目]开工。"))
    }

    @Test func anActBeforeTheBuildingIsAClause() {
        let names = recognizer.namesBesidesTheCounty(in: "建设单位在宁远县疾病预防控制中心改扩建业务综合楼5514平方米。")
        #expect(names == ["宁远县疾病预防控制中心"], "found \(names)")
    }

    @Test func aCultureAndTourismZoneIsAPlaceAndIncludesBeginsNoName() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县疾病预防控制中心]负责全县(含[Place:九嶷山文旅区]、[Place:宁远经开区])疾病预防控制工作。"))
    }
}
