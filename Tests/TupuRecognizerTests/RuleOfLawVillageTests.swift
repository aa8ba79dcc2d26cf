import Testing
import TupuRecognizer

/// Names in news of villages of democracy and the rule of law: sites and rooms themed on the rule of law
/// (法治广场, 法治文化公园, 村居法治书屋) and legal advice (法律咨询活动) are kinds; an outlet's line that
/// names the region of its channel before 报道 (国际在线|湖南报道:) credits the outlet. Fresh sentences.
@Suite struct RuleOfLawVillageTests {
    @Test func ruleOfLawSitesAndRoomsAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县推进法治广场、法治文化公园建设,每个村居建设一个法治书屋,把村居法治书屋打造成学法阵地,定期举办法律咨询活动。")
    }

    @Test func anOutletBeforeItsChannelsRegionIsCredited() {
        recognizer.expectFinds(MarkedSentence("[Institution:国际在线]湖南报道:近期,[Place:宁远县]推进法治乡村建设。"))
    }
}
