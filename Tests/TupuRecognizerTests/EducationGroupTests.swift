import Testing
import TupuRecognizer

/// Names in news of education groups: a county's numbered high school (宁远一高) as its middle schools
/// are, a pilot's title after a reform (…教学改革实验校), and no name for the group or its members written
/// bare (教育集团, 教育集团成员学校). Fresh sentences.
@Suite struct EducationGroupTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]召开大会，[Institution:宁远一高教育集团]在[Institution:宁远一高]揭牌。"))
    }

    @Test func aPilotsTitleAndBareGroupsAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(
            in: "学校被评为湖南省义务教育教学改革实验校。教育集团成员学校代表发言，教育集团要抓住机遇。")
        #expect(!names.contains { $0.hasSuffix("改革") || $0.hasPrefix("教育集团") }, "found \(names)")
    }
}
