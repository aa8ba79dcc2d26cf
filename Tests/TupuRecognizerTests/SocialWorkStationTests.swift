import Testing
import TupuRecognizer

/// Names in news of township social-work stations: a branch of an association (分会) is a body,
/// centres of the Party and the masses and social-work rooms are kinds, and an outlet's dateline may
/// hold the place and the day the item was filed (红网时刻|宁远|11月10日讯). Fresh sentences.
@Suite struct SocialWorkStationTests {
    @Test func aBranchIsABody() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县义工协会湾井分会]义工参加仪式。"))
    }

    @Test func kindsOfCentreNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县依托党群服务中心和社区社会工作室开展服务。")
        #expect(names == [], "found \(names)")
    }

    @Test func aDatelineWithPlaceAndDayNamesTheOutlet() {
        recognizer.expectFinds(MarkedSentence("标题\n[Institution:九嶷之声]11月10日讯(记者 李明)湾井镇开展义诊。"))
        recognizer.expectFinds(MarkedSentence("标题\n[Institution:红网时刻][Place:宁远县|宁远]11月10日讯(记者 李明)宁远县湾井镇开展义诊。"))
    }
}
