import Testing
import TupuRecognizer

/// Names in news of vocational school campuses: 开 of 经开, a development zone's abbreviation, opens nothing
/// (宁远经开集团 is a body); moving a works to a new site (迁址新建), skills contests (技能大赛) and a school by its
/// grade (中等职业学校) are kinds. Fresh sentences.
@Suite struct VocationalCampusTests {
    @Test func aDevelopmentZonesGroupIsABody() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远经开集团]工作人员正在施工。"))
    }

    @Test func relocationContestsAndGradesAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县实施迁址新建工程。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县举办技能大赛。")
        let names = recognizer.namesBesidesTheCounty(in: "宁远县职教中心定位为中等职业学校。")
        #expect(!names.contains("中等职业学校"), "\(names)")
    }
}
