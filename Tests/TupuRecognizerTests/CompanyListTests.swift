import Testing
import TupuRecognizer

/// Names in lists of leading companies: farms and supply-and-marketing federations, coordinating
/// groups named by their task's work, national commissions by their full names, and lists that are
/// a clause's object rather than items sharing a head. Fresh sentences.
@Suite struct CompanyListTests {
    static let cases: [MarkedSentence] = [
        // Farms and forest farms, and a county's supply-and-marketing federation.
        MarkedSentence("[Institution:宁远县九嶷山林场]、[Institution:宁远县舜源茶场]和[Institution:宁远县供销合作总社]入选。"),
        // A group named by its task's verb and 工作, and its office.
        MarkedSentence("经[Institution:宁远县茶叶产业协调工作领导小组]研究,由[Institution:永州市乡村产业协调工作领导小组办公室]公布。"),
        // 我省 before a company is the writer's province, no part of the company's name.
        MarkedSentence("我省[Institution:永州舜源茶业(集团)有限公司]等21家企业入选。"),
        // A national commission by its full name.
        MarkedSentence("经[Institution:国家发展和改革委员会]等八部委联合评定。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Items before 等 and a clause with its own verb (…等方面|加大|政策支持) share no head; family farms are a kind.
    @Test func aClauseAfterAListSharesNoHead() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县将在资金奖励、融资支持、品牌培育等方面加大政策支持,发展家庭农场。") == [])
    }
}
