import Testing
import TupuRecognizer

/// Names in news of workers' skills contests: a plan of action whose head is 行动计划 or 三年行动计划
/// (技能提升三年行动计划), and no name begun by the second half of a determiner the name stopped at
/// (此|次|技能大赛). Fresh sentences.
@Suite struct SkillsContestTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]积极实施[Programme:农民技能提升三年行动计划]，不断加大培训力度。"),
        MarkedSentence("[Place:湾井镇]落实[Programme:乡村工匠技能提升行动计划]。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aDeterminerSplitAtItsFirstCharacterBeginsNoName() {
        #expect(!recognizer.namesBesidesTheCounty(in: "宁远县以此次乡村文化旅游节为契机，推动发展。").contains { $0.hasPrefix("次") })
    }
}
