import Testing
import TupuRecognizer

/// Names in news of rural film shows: a cinema (影剧院) is a body, kinds of cultural works (文化惠民工程,
/// 文化民生工程) and a square of a kind (街心广场) name nothing, and a plan after a verb of arranging or
/// making (安排|放映计划, 制作|民生工程) is no plan of that verb's. Fresh sentences.
@Suite struct FilmShowTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县人民影剧院]的放映员来到湾井镇。"))
    }

    @Test func kindsOfCulturalWorksAndSquaresNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "这是一项公共文化惠民工程，也是文化民生工程。群众齐聚在街心广场观看影片。")
        #expect(names == [], "found \(names)")
    }

    @Test func aVerbOfArrangingGovernsWhatFollows() {
        let names = recognizer.namesBesidesTheCounty(in: "合理安排放映计划，制作民生工程专题片。")
        #expect(!names.contains { $0.hasPrefix("安排") || $0.hasPrefix("合理") || $0.hasPrefix("制作") }, "found \(names)")
    }
}
