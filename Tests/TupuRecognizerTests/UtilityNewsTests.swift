import Testing
import TupuRecognizer

/// Names in hospital, power-grid, rural-bank and community news: grid works by batch, systems and
/// named lines; hospitals and centres of a kind; lists before a verb. Fresh sentences.
@Suite struct UtilityNewsTests {
    static let cases: [MarkedSentence] = [
        // Grid works in batches and systems build something; a named line is a works.
        MarkedSentence("[Institution:宁远县供电公司]投资800万元的[Project:第三批农网完善工程]已经开工，完成[Project:配网自动化系统工程]，"
            + "改造[Project:湾井变电站]，新建10千伏[Project:湾井跨河线路]5公里。"),
        // A name begins after a preposition (按照“…”), keeps its ordinal (第一批) and may be an alliance.
        MarkedSentence("宁远县按照[Programme:新农村、新电力、新服务农电发展战略|“新农村、新电力、新服务”农电发展战略]推进，"
            + "[Project:第一批农网完善工程]全部完成，[Institution:湖南卒中联盟]专家参加。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Kinds of village (信用村), works of a kind of village (中心村电网改造), a township's rural
    /// revitalisation projects (only the programme is named), funding kinds (技改项目) and a
    /// drive's appraisal or plan (创建考评, 制定创建实施方案) are no names.
    @Test func kindsOfVillagesAndWorksAreNoNames() {
        let text = "宁远县湾井镇信用村试点建设，全县中心村电网改造、贫困村电网改造和技改项目推进，为湾井镇乡村振兴项目授信，"
            + "永州公布一季度创建考评结果，第一时间制定创建实施方案。"
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names == ["湾井镇", "湾井镇", "乡村振兴", "永州"], "found \(names)")
    }

    /// Hospitals and centres named by their grade, kind or reach, a company by its trade alone, a
    /// counted net, lines counted by voltage and the subjects of a verb after 等 are no names.
    @Test func kindsOfBodiesAndFiguresAreNoNames() {
        let text = "宁远县人民医院是二级甲等综合性医院，是试点医院，建立县域卒中中心，物业公司参与，建成健康医疗信息“一张网”，"
            + "新建低压线路20公里，选派社区干部、楼栋长等担任党支部书记。"
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names == ["宁远县人民医院"], "found \(names)")
    }
}
