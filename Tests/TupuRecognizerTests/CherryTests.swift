import Testing
import TupuRecognizer

/// Names in news of cherries: a fruit's festival (樱桃节, 葡萄节, 荔枝节) is a programme named by its place
/// and edition; one counted by 个 after a word of quantity (有个|樱桃节) is no name; and kinds of activity
/// (趣味运动会, 快闪活动) and the editions before this one (前六届传统活动) are kinds. Fresh sentences.
@Suite struct CherryTests {
    @Test func aFruitsFestivalIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Programme:宁远县第三届樱桃节]在[Place:湾井镇]开幕。"))
        recognizer.expectFinds(MarkedSentence("[Programme:湾井镇第五届荔枝节]吸引游客。"))
    }

    @Test func aFestivalCountedByAClassifierIsNoName() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县有个樱桃节开幕啦!")
        let names = recognizer.recognize("舜陵街道这个美食节很热闹。").mentions.map(\.name)
        #expect(!names.contains { $0.contains("这个") }, "\(names)")
    }

    @Test func kindsOfActivityAreNoNames() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县在延续前六届传统活动的基础上,新增趣味运动会和快闪活动。")
    }
}
