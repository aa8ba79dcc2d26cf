import Testing
import TupuRecognizer

/// Names in flood-drill, food-safety and child-care news: the Youth League's county committee,
/// companies named after their city with a function character, reservoirs, a department's
/// branch office, friendship associations and bare township offices. Fresh sentences.
@Suite struct CommunityNewsTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:团宁远县委]开展活动，[Institution:永州市都庞贸易有限公司]代表出席。"),
        MarkedSentence("[Place:湾井镇]组织民兵在[Place:舜源水库]演练，[Institution:宁远县市场监管局湾井分局]开展“五一”期间食品安全专项检查。"),
        MarkedSentence("[Institution:宁远县女能人联谊会]和[Institution:镇计生办]参加，部分[Institution:市女企业家协会]会员捐赠。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A plan after a preposition (按照计划), a quoted holiday before 期间 and a quantity before a
    /// body (部分…) are no names.
    @Test func plansHolidaysAndQuantitiesAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县指挥长按照计划召集人员，开展“五一”期间检查，部分市女企业家协会会员参加。")
        #expect(names == ["市女企业家协会"], "found \(names)")
    }
}
