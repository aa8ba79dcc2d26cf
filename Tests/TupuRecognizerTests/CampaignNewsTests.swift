import Testing
import TupuRecognizer

/// Names in news of employment campaigns and township work plans: events joined by 暨, policies,
/// unions, rivers along which works run, and villages of the township that writes. Fresh sentences.
@Suite struct CampaignNewsTests {
    static let cases: [MarkedSentence] = [
        // A quoted name ends before 暨, which joins it to the next event.
        MarkedSentence("宁远县2026年“[Programme:春风行动]”暨就业援助季活动在[Place:舜帝广场]启动。"),
        // A policy named by a count; a city's trade union.
        MarkedSentence("全面落实殡葬[Programme:三免政策]，[Institution:永州市工会]设立维权服务台。"),
        // 沿 before a river; a village right after the township that writes the plan.
        MarkedSentence("沿[Place:舜源河]建设绿道，该项目位于我镇[Place:西河口村]。"),
        // A quotation keeps a governing verb inside an activity's name.
        MarkedSentence("[Place:宁远县]举办[Programme:推进乡村振兴主题活动|“推进乡村振兴”主题活动]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Policies without a count or a quotation, and service or inspection activities, are kinds; a
    /// governing verb inside an activity's body ends what stands before it (县长出席|相关活动); 我镇村民
    /// names no village.
    @Test func kindsOfPolicyAndActivityAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县开展创业扶持政策咨询，企业用好惠企援岗政策，组织就业创业专项服务活动，县长出席相关活动，开展重点工作观摩评比活动，我镇村民增收。")
        #expect(names.isEmpty, "found \(names)")
    }
}
