import Testing
import TupuRecognizer

/// Names in hospital, power-grid, rural-bank and community news: grid works by batch, systems and
/// named lines; hospitals and centres of a kind; lists before a verb. Fresh sentences.
@Suite struct UtilityNewsTests {
    static let cases: [MarkedSentence] = [
        // Grid works in batches and systems build something; a named line is a works.
        MarkedSentence("[Institution:宁远县供电公司]投资800万元的[Project:第三批农网完善工程]已经开工，完成[Project:配网自动化系统工程]，"
            + "改造[Project:湾井变电站]，新建10千伏[Project:湾井跨河线路]5公里。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
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
