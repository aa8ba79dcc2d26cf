import Testing
import TupuRecognizer

/// Names in news of parks for returning entrepreneurs: a county's department whose topic begins with
/// a function character, a national programme of aid, and plans measured by the area they cover.
/// Fresh sentences.
@Suite struct EntrepreneurParkTests {
    static let cases: [MarkedSentence] = [
        // A function character after a place begins the department's topic when it begins a word of it (就业).
        MarkedSentence("[Institution:宁远县就业局]召开会议。"),
        // East–west aid written in full is the national programme.
        MarkedSentence("得益于[Programme:东西部扶贫协作],企业成功入驻。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A plan measured right after it (总规划18平方公里) or of land (规划用地) is no named plan.
    @Test func plansMeasuredByTheirAreaNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县产业园区总规划18平方公里,其中创业园区规划用地面积1400亩。")
        #expect(!names.contains { $0.hasSuffix("规划") }, "found \(names)")
    }
}
