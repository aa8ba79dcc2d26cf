import Testing
import TupuRecognizer

/// Names in news of work-safety months: committees and headquarters known by their abbreviations
/// (县减灾委, 县安委会), departments listed after a preposition or after the title of the chief of
/// the department before them (由|县住建局、交通局; 县防汛办主任、|水利局局长), quoted titles named with the
/// kind of event they name (“…”征文比赛, “…”知识问答), and one quoted name before 等活动. Fresh sentences.
@Suite struct SafetyMonthTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:县减灾委]各成员单位参加了会议。"),
        MarkedSentence("[Institution:县安委会]成员单位负责人参加了会议。"),
        MarkedSentence("由[Institution:县住建局]、[Institution:县交通局|交通局]、[Institution:县应急局|应急局]联合检查。"),
        MarkedSentence("县防汛办主任、[Institution:县水利局|水利局]局长李明介绍了汛情。"),
        MarkedSentence("学校组织学生参加[Programme:我身边的好榜样征文比赛|“我身边的好榜样”征文比赛]和[Programme:守护平安知识问答|“守护平安”知识问答]。"),
        MarkedSentence("[Place:湾井镇]还开展了[Programme:清洁家园月|“清洁家园月”]等活动。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A party committee's deputy secretary heads no list of government departments: what follows
    /// his title is found by the committee's own rule or not at all.
    @Test func aCommitteePostLendsNoLevelToTheNextItem() {
        #expect(!recognizer.namesBesidesTheCounty(in: "湾井镇县委副书记、办事处主任出席。").contains { $0.hasSuffix("办事处") })
    }
}
