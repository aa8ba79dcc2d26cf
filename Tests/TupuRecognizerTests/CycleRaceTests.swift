import Testing
import TupuRecognizer

/// Names in news of cycle races: races by their heads (…自行车赛, …骑行赛, …争霸赛, …分站赛) are events
/// named with their place and edition; a bare 自行车赛 is none. Fresh sentences.
@Suite struct CycleRaceTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Programme:第三届环洞庭湖自行车赛]鸣枪开赛。"),
        MarkedSentence("[Place:湾井镇]举办[Programme:第二届乡村篮球争霸赛]。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aBareRaceIsNoName() {
        #expect(recognizer.namesBesidesTheCounty(in: "县里举办自行车赛和骑行赛。").isEmpty)
    }
}
