import Testing
import TupuRecognizer

/// Names in news of county vocational schools: a works named by a county centre runs on across
/// the acts done to it (县职教中心|改扩建建设|项目); a reform that runs on into the plan for it
/// (…改革|发展实施方案) names no programme; the facilities a works builds (建设内容包括图书馆、
/// 学生活动中心…) are kinds; and 事关 is said before a name, not part of it. Fresh sentences.
@Suite struct VocationalSchoolTests {
    @Test func aCentresWorksRunsAcrossTheActsDoneToIt() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远县职教中心改扩建建设项目]正式开工。"))
        recognizer.expectFinds(MarkedSentence("[Project:宁远县文化中心提质改造工程]完工。"))
    }

    @Test func aReformRunningOnIntoItsPlanIsNoProgramme() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县落实国家职业教育改革发展实施方案。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县出台农村综合改革实施方案。")
    }

    @Test func theFacilitiesAWorksBuildsAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "该项目建设内容包括图书馆、教学楼、学生活动中心、食堂等。")
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县青少年活动中心]开放。"))
    }

    @Test func whatAThingConcernsIsNoPartOfAName() {
        recognizer.expectNamesNothingButTheCounty(in: "这是事关学校长远发展的大事。")
    }
}
