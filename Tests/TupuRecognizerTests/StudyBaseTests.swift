import Testing
import TupuRecognizer

/// Names in water-supply and study-tour news: a national trade website named with 中国, youth
/// activity centres, collection halls, and a bare body after 经 (by way of). Fresh sentences.
@Suite struct StudyBaseTests {
    static let cases: [MarkedSentence] = [
        // A site named with 中国 and its trade stands apart before a line's end; its works head is the site's.
        MarkedSentence("来源：[Institution:中国农村供水工程网]\n[Institution:永州市青少年活动中心]、[Institution:湾井镇舜源红色记忆收藏馆]获授牌，经[Institution:县科协]推荐参评。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// The youth centre's programme head (活动) makes no programme inside it; the body after 经 does not begin with 经.
    @Test func activityCentresAndBodiesAfterByWayOfKeepTheirNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县青少年活动中心开放，经县科协推荐。")
        #expect(names == ["宁远县青少年活动中心", "县科协"], "found \(names)")
    }
}
