import Testing
import TupuRecognizer

/// Names in news of small reservoirs made safe: reservoirs listed by bare names before a count and
/// their head, the sizes and states that make kinds of reservoirs, and measures of works that are
/// no named works. Fresh sentences.
@Suite struct ReservoirWorksTests {
    static let cases: [MarkedSentence] = [
        // Items before 等, a count and words of size and state share the head.
        MarkedSentence("今年,[Place:冷水水库|冷水]、[Place:桐木漯水库|桐木漯]等9座小(一)、小(二)型病险水库完成加固。"),
        // Items before a count with no 等, the first after the year that dates the list; a short item
        // between two separators is a name as it stands.
        MarkedSentence("批复了宁远县2024年[Place:木洞水库|木洞]、[Place:共乐水库|共乐]、[Place:九井水库|九井]3座水库除险加固工程初步设计报告。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Reservoirs named by their size, state or count (小(二)型水库, 境内57座小型水库) are kinds; measures
    /// of works (…等工程措施) and a plan's batches (规划批次) name nothing.
    @Test func kindsOfReservoirsAndMeasuresNameNothing() {
        let names = recognizer.namesBesidesTheCounty(
            in: "宁远县境内57座小型水库中,12座小(二)型水库和病险水库通过大坝综合整治、闸门更换等工程措施完成加固,分6个规划批次实施。")
        #expect(names == [], "found \(names)")
    }
}
