import Testing
import TupuRecognizer

/// Names in news of archives and museums: archives (档案馆, 档案室) are bodies, a township whose name
/// begins with a verb (礼让镇) keeps its body's name whole, bodies of a level and another in brackets
/// (镇(街道)档案馆) are a class, and 千年 qualifies a site without naming it. Fresh sentences.
@Suite struct ArchivesTests {
    @Test func archivesAreBodies() {
        recognizer.expectFinds(MarkedSentence("宁远县:调研组来到[Institution:县档案馆]和[Institution:下灌村档案室]。"))
    }

    @Test func aTownshipBeginningWithAVerbKeepsItsBodyWhole() {
        recognizer.expectFinds(MarkedSentence("[Institution:梁平区礼让镇红色档案馆]开馆。"))
    }

    @Test func bodiesOfEachLevelInBracketsAreAClass() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县首批镇(街道)档案馆和村(社区)档案室建设工作启动。")
        #expect(names == [], "found \(names)")
    }

    @Test func anAncientTownOfAThousandYearsIsAKind() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇是千年古城,历史文化厚重。")
        #expect(names == ["湾井镇"], "found \(names)")
    }
}
