import Testing
import TupuRecognizer

/// Names in news of farmland and irrigation works: a county's works of one year, irrigation areas
/// named after hamlets, departments of listed counties, districts whose names the word list holds,
/// and the plans, qualities and counted centres that name nothing. Fresh sentences.
@Suite struct FarmlandWorksTests {
    static let cases: [MarkedSentence] = [
        // A county's works of one year named by what they build are one undertaking.
        MarkedSentence("[Project:宁远县2021年高标准农田建设项目]涉及[Place:湾井镇]、[Place:冷水镇]的12个行政村。"),
        // A verb that begins a hamlet's name before its landform character (翻身|坪) is the name's.
        MarkedSentence("新增灌溉面积1.2万亩,受益区位于[Place:宁远县翻身坪灌区]。"),
        // Counties listed before a department that the last of them begins each have it.
        MarkedSentence("[Place:宁远县]召开会议,[Institution:蓝山农业农村局|蓝山]、[Institution:江华农业农村局]参加。"),
        // A district's full name that the word list holds (点军区) is a name.
        MarkedSentence("[Place:点军区]今年新建学校3所,[Institution:点军区教育局]加强管理。"),
        // A sub-district written as its office right before one of its villages is that sub-district.
        MarkedSentence("[Place:宁远县]推进会在[Place:舜陵街道|舜陵办事处][Place:百草坪村]召开。"),
        // A public centre named by its work (…建设中心, …管理中心).
        MarkedSentence("[Institution:宁远县农田建设中心]负责同志介绍了项目情况。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Of the divisions sharing a name (市中区 of 济南市, 枣庄市, 乐山市 and 内江市), the one whose
    /// prefecture the text names is the document's.
    @Test func aSharedNameIsTheNamedPrefecturesDivision() {
        let document = recognizer.recognize("枣庄市市中区召开会议。市中区新建学校3所,市中区教育局加强管理。")
        #expect(document.county?.code == "370402", "chose \(String(describing: document.county?.name)) \(String(describing: document.county?.code))")
    }

    /// A bare 人大 after a township's congress in the same sentence is that township's, not the county's.
    @Test func aBareCongressAfterATownshipsIsTheTownships() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县召开会议。湾井镇人大主席李明、副镇长王平、人大副主席张强陪同。")
        #expect(Set(names) == ["湾井镇人大"], "found \(names)")
    }

    /// Works launched together (…2023年光伏项目集中开工) or of rank only (2024年重点项目) are a class;
    /// a verb and its object (加固|坝|工程) name no works; the next step's plan, a works' quality,
    /// centres counted by 大 and an inspection's object name nothing.
    @Test func classesAndPlansNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县2024年重点项目集中开工,宁远县2023年光伏项目集中开工,加固坝工程完工。"
            + "会议听取了下一步计划安排,要求严格把控工程质量,成立七大运营管理中心,督查高标准农田项目建设情况,交流了规划思路、实施步骤等工作经验。")
        #expect(names == [], "found \(names)")
    }
}
