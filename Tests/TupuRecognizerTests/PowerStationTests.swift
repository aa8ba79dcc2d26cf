import Testing
import TupuRecognizer

/// Names in news of power stations: a company's party committee named with the company's whole name
/// (…新能源控股有限公司党委), a company's division of two topics (水务与新能源事业部), works counted one by
/// one and named by their places (湾井、冷水等3座风电场), and no name in a works' schedule or a superlative
/// (施工计划, 最大风电场). Fresh sentences.
@Suite struct PowerStationTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:湘能新能源控股有限公司党委]书记、总经理李明出席。"))
        recognizer.expectFinds(MarkedSentence("[Institution:永州建工投资公司][Institution:水务与新能源事业部]总经理出席。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]规划[Project:九嶷山风电场|九嶷山]、[Project:湾井风电场|湾井]、[Project:冷水风电场|冷水]等3座风电场。"))
    }

    @Test func aScheduleOrASuperlativeNamesNoWorks() {
        let names = recognizer.namesBesidesTheCounty(in: "各方科学制定施工计划，建设全省最大风电场基地。")
        #expect(names == [], "found \(names)")
    }
}
