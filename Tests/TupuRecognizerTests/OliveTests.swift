import Testing
import TupuRecognizer

/// Names in news of olives: a word of manner that begins a noun running into the head is the name's
/// (…林业科学研究|院), an outlet opens an item from its regional channel (…频道:), a reservoir's area is
/// a place, a river joined to a listed one by 及 is listed too, and slogans of level words, kinds
/// described by how they are run and bodies introduced by 一 name nothing. Fresh sentences.
@Suite struct OliveTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("县里邀请[Institution:中国热带农业科学研究院]专家授课。"),
        MarkedSentence("[Institution:华声在线]湖南频道:近日，[Place:秭归县]举行橄榄节。"),
        MarkedSentence("在[Place:丹江口库区]的几个乡镇发展油橄榄。"),
        MarkedSentence("[Place:白龙江]、[Place:白水江]及[Place:洛塘江]海拔800米以下适宜种植。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A word of manner before a plan (科学|规划, 统一|规划) is how it is done, no plan's name.
    @Test(arguments: ["要科学规划橄榄种植布局。", "通过合作社统一规划，统一收购。"])
    func aPlanDoneInAMannerIsNoPlan(_ text: String) {
        let mentions = recognizer.recognize(text).mentions
        #expect(!mentions.contains { $0.type == .programme }, "\(mentions.map(\.name))")
    }

    /// Slogans of level words (富民、富县、强市), a kind described by how it is run (规模化|…产业园),
    /// a place inside a workshop (厂房里|生产线) and a company introduced by 一 (在|一…有限公司) name nothing.
    @Test(arguments: [
        "橄榄产业将成为富民、富县、强市的支柱产业。",
        "鼓励农户流转土地，发展规模化油橄榄产业园。",
        "厂房里生产线火力全开。",
        "记者在一橄榄科技有限公司的加工现场看到。",
    ])
    func describedKindsNameNothing(_ text: String) {
        let names = recognizer.recognize(text).mentions.map(\.name)
        #expect(names.isEmpty, "found \(names)")
    }
}
