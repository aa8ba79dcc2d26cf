import Testing
import TupuRecognizer

/// Names in news of photovoltaic poverty-relief stations: a programme's office, a department's sections,
/// a preposition before a modifier or a place, a division spoken of by its level, a paper in padded
/// book-title marks, a locality named by its landform, and kinds of firm and plan. Fresh sentences.
@Suite struct PhotovoltaicStationTests {
    @Test func anOfficeNamedByANationalProgrammeStandsAnywhere() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇乡村振兴办常态化开展督查指导。")
        #expect(names.contains("湾井镇乡村振兴办"), "found \(names)")
    }

    @Test(arguments: [("县扶贫办产业指导处、市能源局新能源处组成联合调研组。", ["扶贫办产业指导处", "能源局新能源处"]),
                      ("宁远县财政局预算股股长介绍,县委组织部干部科负责人出席。", ["财政局预算股"])])
    func aDepartmentsSectionIsNamedWithIt(text: String, sections: [String]) {
        let names = recognizer.namesBesidesTheCounty(in: text)
        for section in sections {
            #expect(names.contains { $0.hasSuffix(section) }, "found \(names)")
        }
    }

    @Test func aSectionHeadBeginningAWordNamesNoSection() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县财政局处理了一批积案。")
        #expect(!names.contains { $0.hasSuffix("处") }, "found \(names)")
    }

    @Test func aPrepositionStaysApartFromTheModifierOrPlaceAfterIt() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇白竹村建成光伏电站。下一步,镇政府将进一步强化对光伏电站的运营维护,常态化对白竹村光伏电站开展督查。")
        #expect(!names.contains { $0.hasPrefix("对") || $0.hasPrefix("常态化") }, "found \(names)")
        #expect(names.contains("白竹村光伏电站"), "found \(names)")
    }

    @Test func aDivisionSpokenOfByItsLevelBeginsNoName() {
        let names = recognizer.namesBesidesTheCounty(in: "今年,村里利用电站收益资金,新增了公路管护员、保洁员等公益性岗位。")
        #expect(names.isEmpty, "found \(names)")
    }

    @Test func aPaperInPaddedBookTitleMarksIsCredited() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县光伏扶贫电站总容量达40兆瓦。\n《 湖南能源报 》( 2024年07月27日 第 3 版)")
        #expect(names.contains("湖南能源报"), "found \(names)")
    }

    @Test func aLocalityNamedByItsLandformIsAPlace() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县共投入1亿元在柏家坳等地荒山建立光伏扶贫电站,在小山坡等地种植油茶。")
        #expect(names.contains("柏家坳"), "found \(names)")
        #expect(!names.contains { $0.contains("山坡") }, "found \(names)")
    }

    @Test func maintenanceFirmsAndProfitPlansAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "该村积极对接运维公司进行维修,并对年度收益分配计划进行了现场指导。")
        #expect(names.isEmpty, "found \(names)")
    }
}
