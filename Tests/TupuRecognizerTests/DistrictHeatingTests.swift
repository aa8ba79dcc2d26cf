import Testing
import TupuRecognizer

/// Names in news of district heating: heating is a trade that names companies (舜源供暖有限责任公司);
/// a number sign after digits numbers a unit inside a works' name (宁钢2#高炉…项目); and weak
/// compounds, pipe links of a kind and a plan pointed at (薄弱小区, 管网联通工程, 本规划, 该方案) name
/// nothing. Fresh sentences.
@Suite struct DistrictHeatingTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县舜源供暖有限责任公司]成立，[Project:宁钢2#高炉余热回收项目]开工。"))
    }

    @Test func kindsAndPlansPointedAtNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "整治供暖薄弱小区19个，推进管网联通工程。特编制本规划，该方案印发。")
        #expect(names == [], "found \(names)")
    }
}
