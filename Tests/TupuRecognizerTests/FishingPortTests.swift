import Testing
import TupuRecognizer

/// Names in news of fishing ports and marine ranches: ports (…渔港), chief systems (港长制), layouts
/// quoted as numbered slogans with 多 (“一河两港两带多点”), a bridge written where something lies (位于…
/// 大桥|前); and what names nothing: modern marine ranches, the whole ranch, new kinds of farming listed
/// (A、B等|新|模式), a manner made of a head (池塘工程|化), a plan's drawing (规划|图) and a drive's
/// plan (行动|方案). Fresh sentences.
@Suite struct FishingPortTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]建成[Place:舜源渔港]。"),
        MarkedSentence("[Place:宁远县]落实[Programme:港长制]。"),
        MarkedSentence("[Place:宁远县]构建“[Programme:一河两港两带多点]”布局。"),
        MarkedSentence("[Place:宁远县]冷库位于[Place:舜河大桥]前。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: ["宁远县大力发展现代海洋牧场。", "宁远县使整个牧场的生态得以恢复。", "宁远县推广稻鱼共生、池塘循环水养殖等新模式。",
                      "宁远县推广池塘工程化循环水养殖。", "宁远县拿出行动方案。", "宁远县冷库建设规划图已经形成。"])
    func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
