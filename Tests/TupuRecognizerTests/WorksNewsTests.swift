import Testing
import TupuRecognizer

/// One shared recognizer: building its automata takes a moment.
private let recognizer = Recognizer()

/// Names in news of water works, roads and bridges, and rural e-commerce: works said to be of
/// a class, editions of fairs, offices of townships, formulas of partners, rivers, roads and
/// bridges named as places. Fresh sentences, one rule each.
@Suite struct WorksNewsTests {
    static let cases: [MarkedSentence] = [
        // A class of works before a name (国家重点工程|…电站, 建设工程|…项目) is said of it.
        MarkedSentence("解决国家重点工程[Project:舜源水电站]用水，实施水土保持重点县建设工程[Project:舜源小流域治理项目]。"),
        // An edition begins a fair's name; a purchasing centre and a township's office are bodies.
        MarkedSentence("产品亮相[Programme:第十二届湖南农业博览会]，[Institution:县政府采购中心]发布公告，[Institution:湾井镇党政办]负责人介绍。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        let result = recognizer.missing(sentence)
        #expect(result.missing.isEmpty, "missing \(result.missing), found \(result.found)")
    }

    /// A body in a formula of partners (村委会+企业+合作社+农户) is a kind of partner, no body.
    @Test func aBodyInAFormulaIsNoBody() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县形成了“村委会+电商企业+合作社+农户”的合作模式。")
        #expect(names.isEmpty, "found \(names)")
    }
}
