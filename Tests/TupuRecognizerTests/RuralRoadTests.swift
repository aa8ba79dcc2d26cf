import Testing
import TupuRecognizer

/// Names in rural-road news: a township road by its number, written after its township, and the
/// campaigns a plan counts among its great works. Fresh sentences.
@Suite struct RuralRoadTests {
    static let cases: [MarkedSentence] = [
        // A township road by its number, named apart from the township it runs through.
        MarkedSentence("视察组来到[Place:湾井镇][Place:Y537乡道]和[Place:冷水镇]。"),
        // Items of the great works a plan counts that build nothing are campaigns.
        MarkedSentence("[Place:宁远县]实施[Programme:安全保障工程|安全保障]、[Programme:运输服务提升工程|运输服务提升]等五大工程。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Roads by their class alone (县道升级改造, 乡、村道公路) are no works.
    @Test func roadsByClassAreNoWorks() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县完成乡、村道公路路面硬化和县道升级改造建设。")
        #expect(names.isEmpty, "found \(names)")
    }
}
