import Testing
import TupuRecognizer

/// Names in news of project launches: what a scenic area or zone builds names one works
/// (九嶷山景区|旅游基础设施建设项目), while its projects by sector remain a class (示范区|产业项目);
/// a group's company keeps its group in its name (舜帝集团公司); and relocation to avoid hazards is
/// works (避险搬迁项目). Fresh sentences.
@Suite struct ZoneWorksTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远县九嶷山景区旅游基础设施建设项目]开工。"))
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县舜帝集团公司]与[Institution:湖南建投集团公司]签约。"))
        recognizer.expectFinds(MarkedSentence("[Project:宁远县地质灾害避险搬迁项目]开工。"))
    }

    @Test func aZonesProjectsBySectorAreAClass() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县乡村振兴示范区产业项目开工。")
        #expect(!names.contains { $0.hasSuffix("项目") }, "found \(names)")
    }
}
