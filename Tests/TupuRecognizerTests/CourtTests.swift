import Testing
import TupuRecognizer

/// Names in news of township and circuit courts: courts, tribunals and case points are bodies, 巡回
/// qualifies them, courts named by 人民 alone are the kind, a presidium of a congress is a township's,
/// quoted ways of working listed before their head are programmes each, and a ministry's name running
/// into a word (建设|部署) is not written. Fresh sentences.
@Suite struct CourtTests {
    @Test func courtsAndTheirPointsAreBodies() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县人民法院湾井镇巡回法庭]揭牌,[Institution:下灌村巡回审判庭]和[Institution:永州中院]派员参加。"))
        recognizer.expectFinds(MarkedSentence("[Institution:舜陵巡回办案点]挂牌,[Institution:湾井法庭]法官到场。"))
    }

    @Test func courtsOfAKindNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县探索人民法庭工作新方法,在未设法庭的八个镇开展巡回审判。")
        #expect(names == [], "found \(names)")
    }

    @Test func aPresidiumIsTheTownships() {
        recognizer.expectFinds(MarkedSentence("[Institution:湾井镇党委]书记、[Institution:人大主席团]主席出席。"))
    }

    @Test func quotedWaysOfWorkingListedBeforeTheirHeadAreProgrammes() {
        // The last is named with the head they share.
        recognizer.expectFinds(MarkedSentence("该庭采取[Programme:四步调解|“四步调解”]、[Programme:两步回访工作机制|“两步回访”工作机制]。"))
    }

    @Test func aMinistryRunningIntoAWordIsNotWritten() {
        let names = recognizer.namesBesidesTheCounty(in: "结合全国“宽带乡村”建设部署,宁远县加快网络建设。")
        #expect(!names.contains("建设部"), "found \(names)")
    }
}
