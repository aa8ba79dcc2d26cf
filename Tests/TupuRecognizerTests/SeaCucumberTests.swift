import Testing
import TupuRecognizer

/// Names in news of sea cucumbers: a dateline carried by two outlets with a slash (…日报/…网|寿光讯),
/// companies listed before 等 and their described class without a count (…、…等知名企业), the Yellow
/// River delta; a short form that begins a person's name after a post, the largest of a kind and a
/// works before its method name nothing. Fresh sentences.
@Suite struct SeaCucumberTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("  [Institution:东营日报]/[Institution:东营网]北海讯(通讯员王明报道)6月中旬,海参喜获丰收。"),
        MarkedSentence("[Institution:东营网]北海讯(通讯员王明报道)6月中旬,海参喜获丰收。"),
        MarkedSentence("园区引进[Institution:青岛海普]、[Institution:烟台海洋]等国内知名企业入驻。"),
        MarkedSentence("[Place:黄河三角洲]盐碱滩涂也能养海参。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A short form that begins a person's name after a post (理事长|吴忠|林), the largest of a kind
    /// (最大的|…交易中心) and a works before its method (…改造|技术) name nothing.
    @Test(arguments: [
        "合作社理事长吴忠林表示，今年产量稳定。",
        "这里已建成全省最大的海参交易中心。",
        "推广池塘改造技术，提高成活率。",
    ])
    func describedThingsNameNothing(_ text: String) {
        let names = recognizer.recognize(text).mentions.map(\.name)
        #expect(names.isEmpty, "found \(names)")
    }

    /// Places listed before 等地 and 企业 are places, no companies.
    @Test func placesBeforeDengDiAreNoCompanies() {
        let mentions = recognizer.recognize("海参销往山东、辽宁等地企业。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "\(mentions.map(\.name))")
    }
}
