import Testing
import TupuRecognizer

/// Names in two-sessions news and lists of livelihood works (民生实事): homes for the elderly,
/// government committees, works whose bodies hold verbal nouns and service verbs, national
/// programmes before a programme head, and the classes such lists count. Fresh sentences.
@Suite struct LivelihoodListTests {
    static let cases: [MarkedSentence] = [
        // Homes for the elderly, care centres and a government's committees are institutions.
        MarkedSentence("[Institution:宁远县发展和改革委员会]印发通知，[Institution:宁远县湾井镇敬老院]和[Institution:舜陵街道医养中心]投用。"),
        // Water utilities are built; 提升改造 and a service verb (供养服务) stand inside a works' name.
        MarkedSentence("[Project:宁远县城区智慧水务建设工程]、[Project:宁远县中小学校舍提升改造工程]和[Project:宁远县农村敬老院供养服务设施改造提升项目]列入计划。"),
        // A works heading a list item builds what its sentence names; one whose sentence builds nothing is a campaign.
        MarkedSentence("[Place:宁远县]民生实事。1.[Project:教学条件提升工程]。推进[Institution:宁远县第二中学]建成投用。2.[Programme:健康服务惠民工程]。开展健康知识巡讲。"),
        // A national programme right before a programme head begins the name, not the person and verb before it.
        MarkedSentence("代表李明特别关注[Programme:乡村振兴]战略，[Place:宁远县]深入开展[Programme:八五|“八五”]普法，新增[Programme:一村一品]示范村3个。"),
        // Universities by their short names, under their full names.
        MarkedSentence("[Place:宁远县]学生被[Institution:北京大学|北大]、[Institution:清华大学|清华]和[Institution:哈尔滨工业大学|哈工大]录取。"),
        // A school by its ordinal alone; a plan named with its place and year across 和; a works whose 计划 is its verb.
        MarkedSentence("[Place:宁远县]完成[Institution:第四中学]异地新建，印发《[Programme:宁远县2024年国民经济和社会发展计划]》，[Project:宁远县第一中学迁建项目]计划投资2亿元。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Lists of practical matters, counts of core projects after their items, a kind of works after
    /// a pronoun, vague and doubled counts, ranks before a zone, a project database, and words that
    /// only look like names (北大街, 新建|县城, 老|漳河) are no names.
    @Test func countedAndGenericWorksAreNoNames() {
        for text in ["宁远县确定十大民生实事项目，投入60万元打造智慧门诊、远程会诊三大核心项目。", "代表希望把宁远脐橙这个种植项目做强。",
                     "宁远县抓好一揽子增量政策，一项项惠民工程落地，启动6个保障性住房重点项目，纳入项目库，异地新建卫生院项目。",
                     "宁远县获评国家级生态文明建设示范区，完成老漳河治理，异地新建卫生院，新建县城公共厕所，城区初中布局合理，北大街和北大荒。"] {
            let names = recognizer.namesBesidesTheCounty(in: text)
            #expect(names.isEmpty, "\(text): found \(names)")
        }
    }
}
