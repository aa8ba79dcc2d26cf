import Testing
import TupuRecognizer

/// Names in news of weather services: 气象台 and 水文站 are bodies, a station of the village level
/// or of a topic alone (村级气象服务站, 气象信息服务站) is a kind, a 工程项目 grows across the verbal
/// nouns before 工程, and where a works' money comes from (增发国债, 超长期特别国债) names a class of
/// works, not the works after it. Fresh sentences.
@Suite struct WeatherServiceTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县气象台]发布暴雨预警，[Institution:宁远县水文站]加密观测。"))
        recognizer.expectFinds(MarkedSentence("推进[Project:永州市气象灾害监测预警能力提升工程项目]建设。"))
        recognizer.expectFinds(MarkedSentence("落实增发国债项目[Project:湖南省水文监测系统提升工程项目]。"))
    }

    @Test func stationsOfALevelOrTopicAreKinds() {
        for text in ["全县新建村级气象服务站12个，这在全县建村级气象服务站的还属首例。",
                     "气象信息服务站建成投用后，能及时发布预警。"] {
            let names = recognizer.namesBesidesTheCounty(in: text)
            #expect(names == [], "found \(names) in \(text)")
        }
    }

    @Test func worksNamedByTheirMoneyAreAClass() {
        recognizer.expectFinds(MarkedSentence("落实增发国债项目[Project:湾井镇供水管网改造工程]。"))
        let names = recognizer.namesBesidesTheCounty(in: "争取超长期特别国债项目3个。")
        #expect(names == [], "found \(names)")
    }
}
