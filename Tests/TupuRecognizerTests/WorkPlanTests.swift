import Testing
import TupuRecognizer

/// Names in news of county work plans and demonstration zones: a committee's task group, a
/// department named whole by its head in a list of the county's departments, a department after
/// 会同, communities written after their township, and the topics, guidelines and routes that name
/// nothing. Fresh sentences.
@Suite struct WorkPlanTests {
    static let cases: [MarkedSentence] = [
        // A committee's task group and its office are named with the committee.
        MarkedSentence("会议领学了[Institution:永州市委农村工作领导小组办公室]印发的文件。"),
        // A department named whole by its head (发改委) in a list after 县 is the county's.
        MarkedSentence("[Institution:宁远县委]书记出席,县农业农村局、[Institution:县发改委|发改委]、自然资源局负责人参加。"),
        // 会同 (with) before a department leaves the department its own name, though 会同县 keeps its verb.
        MarkedSentence("[Place:宁远县]会同[Institution:省发展改革委]开展调研,[Institution:怀化市会同县教育局]参加。"),
        // Two or three characters and 社区 right after a township are one of its communities.
        MarkedSentence("[Place:宁远县]重点打造[Place:湾井镇][Place:舜韵社区]黄店组。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Items of common words listed before a shared head (人居环境、公共设施等项目) are topics; what a
    /// guideline holds is named after its 中; a tourism route (…文旅线路) is no works.
    @Test func topicsGuidelinesAndRoutesNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县实施14个涵盖产业、人居环境、公共设施等项目,"
            + "讲解导则中乡村振兴示范区规划导则,开发“百里舜乡”文旅线路。")
        #expect(names.allSatisfy { !$0.hasSuffix("项目") && !$0.hasPrefix("导则") && !$0.hasSuffix("线路") }, "found \(names)")
    }
}
