import Testing
import TupuRecognizer

/// Names in news of charity drives: a quoted drive launched at a ceremony (“…”启动仪式) is a
/// programme, 自 begins no name (自“…”活动开展以来), acts of relief and the homes of the aged are
/// kinds, and works a vague quantity counts (一批…等民生工程) name nothing. Fresh sentences.
@Suite struct CharityTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]2024年“[Programme:九嶷爱心捐]”启动仪式在[Institution:县委]举行。"))
    }

    @Test func aQuotedActivityBeginsAfter自() {
        let names = recognizer.namesBesidesTheCounty(in: "据悉,自“爱心一日捐”活动开展以来,宁远县累计募集善款。")
        #expect(names.contains("爱心一日捐活动") && !names.contains { $0.hasPrefix("自") }, "found \(names)")
    }

    @Test func reliefAndHomesOfTheAgedAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "湾井镇开展各项扶贫济困活动，建设老人活动中心。")
        #expect(names == ["湾井镇"], "found \(names)")
    }

    @Test func worksAVagueQuantityCountsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "去年县慈善总会捐建一批安全饮水工程、校安建设、村道硬化等民生工程。")
        #expect(names == ["县慈善总会"], "found \(names)")
    }
}
