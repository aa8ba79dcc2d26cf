import Testing
import TupuRecognizer

/// Names in news of county marathons and blood drives: an event named by its place alone (宁远县文化节,
/// 宁远县马拉松) or after a year written without 年, a touring series by its quoted name before the place's
/// stop (“跑遍湖南”宁远站), bridges a route passes as places, a city's blood centre; and what names nothing
/// (赛事|半程马拉松, 就会|开往|活动地点). Fresh sentences.
@Suite struct CountyMarathonTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Programme:宁远县马拉松]鸣枪开跑。"),
        MarkedSentence("[Programme:宁远县文化节]在[Place:湾井镇]开幕。"),
        MarkedSentence("2025[Programme:宁远县半程马拉松]暨“[Programme:跑遍湖南]”宁远站,在[Place:湾井镇]开跑。"),
        MarkedSentence("赛道途经[Place:舜德大道]、[Place:舜陵大桥],终点设在[Place:湾井镇]。"),
        MarkedSentence("[Institution:市中心血站]联合[Institution:宁远县红十字会]开展献血活动。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aBridgeBeingBuiltIsAWorks() {
        let found = recognizer.recognize("宁远县新建舜陵大桥。").mentions.map { "\($0.type.rawValue):\($0.name)" }
        #expect(found.contains("Project:舜陵大桥"), "\(found)")
    }

    @Test func kindsOfRaceAndPredicatesAreNoNames() {
        #expect(recognizer.namesBesidesTheCounty(in: "本届赛事半程马拉松赛道路线。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "采血车就会开往活动地点。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "全县建设30个服务中心。").isEmpty)
    }
}
