import Testing
import TupuRecognizer

/// Names in news of substations: a company of a bare level (市公司) is no name, and kinds of power
/// works (架空线路, 主变电站, 输变电工程, 民生保电工程) name nothing. Fresh sentences.
@Suite struct SubstationTests {
    @Test func aCompanyOfABareLevelIsNoName() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县110千伏变电站项目受到各级领导的高度关注,市公司多次作出重要指示。")
        #expect(!names.contains { $0.hasSuffix("公司") }, "found \(names)")
    }

    @Test func kindsOfPowerWorksNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "新建110千伏架空线路46.6公里,全县110千伏主变电站由5座上升为8座,新建该输变电工程,纳入重点民生保电工程。")
        #expect(names.isEmpty, "found \(names)")
    }
}
