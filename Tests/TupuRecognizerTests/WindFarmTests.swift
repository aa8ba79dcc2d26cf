import Testing
import TupuRecognizer

/// Names in news of wind farms: a township the data spells otherwise listed with 与, a bare works head
/// after a list's joiner, and a subsidiary written after its group. Fresh sentences.
@Suite struct WindFarmTests {
    @Test func aTownshipListedWithYuIsATownship() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县拟建两个风电场,其中一个在该县柏磜镇与湾井镇附近。")
        #expect(names.contains("柏磜镇") && names.contains("湾井镇"), "found \(names)")
    }

    @Test func aBareWorksHeadAfterAJoinerNamesNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "将在9月份启动测风塔及项目建设的其他前期工作。")
        #expect(names.isEmpty, "found \(names)")
    }

    @Test func aSubsidiaryIsNamedWithItsGroup() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县与中国电力建设集团湖南工程有限公司举行签约仪式。")
        #expect(names == ["中国电力建设集团湖南工程有限公司"], "found \(names)")
    }
}
