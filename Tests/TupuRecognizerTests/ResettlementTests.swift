import Testing
import TupuRecognizer

/// Names in news of resettlement and the work found for the resettled: residential compounds,
/// compounds listed before a shared head, a prefecture's short form after its province in another
/// county's story, and the kinds that name nothing. Fresh sentences.
@Suite struct ResettlementTests {
    static let cases: [MarkedSentence] = [
        // A residential compound named by a word of its own.
        MarkedSentence("[Place:宁远县][Place:舜陵街道]搬迁到[Place:富民小区]的群众实现就业。"),
        // Compounds listed before a count and a shared 小区, the first after a verb (涵盖|舜德).
        MarkedSentence("[Place:宁远县]改造范围涵盖[Place:舜德小区|舜德]、[Place:泠江小区|泠江]、[Place:九嶷小区|九嶷]等5个老旧小区。"),
        // A prefecture's short form right after its province's name, in a story of another prefecture's county.
        MarkedSentence("[Place:宁远县]的记者走进[Place:湖南郴州]、[Place:衡阳]两市。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A compound named by its kind or its place's kind (城南片区老旧小区), or by a verb (不影响小区),
    /// a quoted kind counted after its quotation (“帮扶车间”12个), and activities of village groups
    /// name nothing beyond the places in them.
    @Test func kindsOfCompoundsAndCountedKindsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县施工不影响小区居民出行。家住城南片区老旧小区的李女士说,"
            + "全县打造“帮扶车间”12个,组织群众参加村组文化活动。")
        #expect(names == ["城南片区"], "found \(names)")
    }
}
