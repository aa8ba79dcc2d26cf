import Testing
import TupuRecognizer

/// Names in news of county bus lines: departments of the division a text points at (该县, 我县),
/// driving schools and distilleries among the stops, and routes, markets and planning verbs that
/// name nothing. Fresh sentences.
@Suite struct BusLineTests {
    static let cases: [MarkedSentence] = [
        // 该县 and 我县 point at the county: its bare department follows.
        MarkedSentence("宁远县被确定为试点县。该[Institution:县交通运输局]高度重视。"),
        MarkedSentence("我[Institution:县教育局]和本[Institution:县卫健局]联合调研。"),
        // Driving schools and distilleries are institutions.
        MarkedSentence("沿途经过[Institution:九嶷驾校]和[Institution:冷水酒厂]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Bus routes (镇村公交线路) are no works, a farmers' market is a kind, and 合理规划 is a verb.
    @Test func routesMarketsAndPlanningVerbsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县合理规划镇村公交线路3条,优化城区公共交通线路,在农贸菜市场设站。")
        #expect(names == [], "found \(names)")
    }
}
