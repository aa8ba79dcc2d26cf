import Testing
import TupuRecognizer

/// Names in county work reports and the news of congress delegations: a county implied by its
/// townships, bare congress and conference bodies, sub-district offices, markets, parks and
/// zones, streets named by ordinary words, and the classes such reports count. Fresh sentences.
@Suite struct WorkReportTests {
    static let cases: [MarkedSentence] = [
        // No county named: townships of one county, and a township written with its own village, imply it.
        MarkedSentence("[Place:湾井镇]、[Place:冷水镇]、[Place:天堂镇]成功创建卫生乡镇，[Place:下灌村]村医参加。"),
        // Bare 人大 and 政协 of a county report are the county's (县人大; linking names it 宁远县人大).
        MarkedSentence("[Place:宁远县]在[Institution:宁远县委|县委]领导和[Institution:县人大|人大]、[Institution:县政协|政协]监督支持下推进工作。"),
        // A party group of the county's congress keeps its level word, bare 人大 beside it or not.
        MarkedSentence("[Place:宁远县]召开会议，[Institution:县人大常委会党组]副书记李明出席。"),
        // Sub-district offices; markets, parks and economic zones are sites; 规划 ends before a name.
        MarkedSentence("[Place:宁远县]在[Institution:舜陵街道办事处]建成[Place:舜陵农贸市场]和[Place:九嶷山冰雪乐园]，规划[Place:永州临空经济区]。"),
        // A township of another county written with its own village names the village.
        MarkedSentence("[Place:江永县]召开会议，[Place:江永县]领导出席，[Place:宁远县][Place:湾井镇][Place:下灌村]村医李明参加。"),
        // Slogans of numbered parts name campaigns; the five-year plans are known by their numbers.
        MarkedSentence("[Place:宁远县][Programme:四清两改一绿|“四清两改一绿”]成效显著，锁定[Programme:三横两纵|“三横两纵”]奋斗目标，收入较“[Programme:十三五]”末翻番。"),
        // Streets named by an ordinary word, after a county too; a pumped-storage works.
        MarkedSentence("[Place:宁远县][Place:解放中路]整治，解决[Place:中央大街]占道问题，[Project:九嶷山抽水蓄能电站项目]完成核准。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A congress by its term and before its members, ranks above a level, kinds of activity and
    /// works, roads counted after their head, a head after an adverb, projects counted inside the
    /// name, an idiom of numbers and a works after 进行 are no names.
    @Test func sessionsMembersAndClassesAreNoNames() {
        let text = "宁远县十七届人大五次会议召开，人大代表和政协委员参加，二级以上医院开展冰雪体育活动，完成学校建筑主体工程，"
            + "提质改造农村公路5条，对养老设施进一步规划，服务三批次86个重点项目建设，构建“七上八下”，对公园进行整体升级改造。"
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names.isEmpty, "found \(names)")
    }
}
