import Testing
import TupuRecognizer

/// Names in news of civilisation-practice centres and volunteer teams: townships whose names several
/// counties share, in stories that name no county; teams and stations of the new era (新时代); works
/// a verb governs. Fresh sentences.
@Suite struct CivilisationPracticeTests {
    static let cases: [MarkedSentence] = [
        // A township's full name that fifty counties have, where the story names none of them.
        MarkedSentence("下一步,[Place:太平镇]将完善各村设施。"),
        MarkedSentence("记者走进[Place:白沙镇],看到村村建起了新时代文明实践站。"),
        // 新时代 is one word, though the list of common words is older than it: a verb before it
        // (组建) ends there, not inside it (组|建新).
        MarkedSentence("[Place:湾井镇]组建[Institution:新时代文明实践志愿服务总队],开展志愿服务。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A practice station or centre of the new era (新时代) with no place before it is a kind: every
    /// village builds one. So are projects of civilisation practice (文明实践项目) and a grassroots
    /// troupe (草根剧团).
    @Test func practiceStationsOfNoPlaceNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县各村均已建成新时代文明实践站,建设新时代文明实践中心是重大决策。"
            + "以文明实践项目为牵引,组织草根剧团开展宣讲。")
        #expect(names == [], "found \(names)")
    }

    /// Verbal nouns that a governing verb takes as its object (进行|提升改造) name no works of what
    /// stands before the verb.
    @Test func worksGovernedByAVerbNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县投资500万元对12个村的广场进行提升改造。")
        #expect(names == [], "found \(names)")
    }

    /// A township's name that a common word runs into (其中|城镇, 大雪|山乡) is no township where the
    /// story names no county.
    @Test func townshipNamesInsideWordsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "其中城镇人口增加,围绕大雪山乡发展大局。")
        #expect(names == [], "found \(names)")
    }
}
