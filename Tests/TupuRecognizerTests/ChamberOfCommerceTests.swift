import Testing
import TupuRecognizer

/// Names in news of chambers of commerce: a centre's topic may be a noun and the verb that serves
/// it (县投资促进中心); a board's term (第二届理事会, 新一届理事会), a title conferred (优秀商会), a body's
/// many of a kind (众多商会) and a kind of activity (招商引资主题推介活动) name nothing; and the
/// classifier of people counted before a body is the count's (60余名|宁远县人民医院). Fresh sentences.
@Suite struct ChamberOfCommerceTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:县投资促进中心]、[Institution:县经信局]负责人介绍。"))
        recognizer.expectFinds(MarkedSentence("60余名[Institution:宁远县人民医院]医生参加。"))
    }

    @Test func termsTitlesClassesAndKindsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(
            in: "大会选举产生了商会第二届理事会，新一届理事会授牌，对优秀商会会员表彰。宁远县众多商会组织参加招商引资主题推介活动。")
        #expect(names == [], "found \(names)")
    }
}
