import Testing
import TupuRecognizer

/// Names in news of vocational schools built: a county's own report names it by a short form no other
/// division has (建成江永的窗口); bureaus listed after a county's one are the county's (县教育局、住建局);
/// 中等 of a degree lists nothing (中等职业学校); 职业中专 heads schools and 职专 names them short; a
/// campus named by its side alone (莅临西校区) is no body. Fresh sentences.
@Suite struct VocationalSchoolBuildingTests {
    @Test func aCountysOwnReportNamesItByAUniqueShortForm() {
        let document = recognizer.recognize("我县将把职教园区建成江永的窗口、江永的名片。")
        #expect(document.mentions.contains { $0.division?.name == "江永县" }, "found \(document.mentions.map(\.name))")
    }

    @Test func bureausListedAfterACountysBureauAreTheCountys() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县召开会议,副县长带领县教育局、住建局、林业局负责人参加。")
        // Recognition names a bare bureau with its county's level character; linking adds the county's name.
        #expect(names.contains("县教育局") && names.contains("县住建局") && names.contains("县林业局"), "found \(names)")
    }

    @Test func aDegreesZhongdengListsNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "做好永州市高水平中等职业学校建设项目申报。")
        #expect(!names.contains { $0.hasSuffix("高水平中") || $0.hasSuffix("中项目") }, "found \(names)")
    }

    @Test func aVocationalSchoolIsNamedInFullAndShort() {
        let document = recognizer.recognize("观摩团到宁远县职业中专调研。宁远职专将扩大招生。")
        let schools = document.mentions.filter { $0.type == .institution }.map(\.name)
        #expect(schools.contains("宁远县职业中专"), "found \(schools)")
        #expect(schools.contains("宁远职专"), "found \(schools)")
    }

    @Test func aCampusNamedBySideAloneIsNoBody() {
        let names = recognizer.namesBesidesTheCounty(in: "相关负责人莅临西校区,要求高起点规划。")
        #expect(names.isEmpty, "found \(names)")
    }
}
