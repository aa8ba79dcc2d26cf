import Testing
import TupuRecognizer

/// One shared recognizer: building its automata takes a moment.
private let recognizer = Recognizer()

/// Names in two-sessions news and lists of livelihood works (民生实事): homes for the elderly,
/// government committees, works whose bodies hold verbal nouns and service verbs, national
/// programmes before a programme head, and the classes such lists count. Fresh sentences.
@Suite struct LivelihoodListTests {
    static let cases: [MarkedSentence] = [
        // Homes for the elderly, care centres and a government's committees are institutions.
        MarkedSentence("[Institution:宁远县发展和改革委员会]印发通知，[Institution:宁远县湾井镇敬老院]和[Institution:舜陵街道医养中心]投用。"),
        // Water utilities are built; 提升改造 and a service verb (供养服务) stand inside a works' name.
        MarkedSentence("[Project:宁远县城区智慧水务建设工程]、[Project:宁远县中小学校舍提升改造工程]和[Project:宁远县农村敬老院供养服务设施改造提升项目]列入计划。"),
        // A national programme right before a programme head begins the name, not the person and verb before it.
        MarkedSentence("代表李明特别关注[Programme:乡村振兴]战略，[Place:宁远县]深入开展[Programme:八五|“八五”]普法，新增[Programme:一村一品]示范村3个。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        let result = recognizer.missing(sentence)
        #expect(result.missing.isEmpty, "missing \(result.missing), found \(result.found)")
    }

    /// Lists of practical matters, counts of core projects after their items, and a kind of works
    /// after a pronoun are classes, not names.
    @Test func countedAndGenericWorksAreNoNames() {
        for text in ["宁远县确定十大民生实事项目，投入54万元打造云胶片、实时B超三大核心项目。", "代表希望把宁远脐橙这个种植项目做强。"] {
            let names = recognizer.namesBesidesTheCounty(in: text)
            #expect(names.isEmpty, "\(text): found \(names)")
        }
    }
}
