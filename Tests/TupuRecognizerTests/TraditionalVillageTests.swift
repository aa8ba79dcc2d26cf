import Testing
import TupuRecognizer

/// Names in news of traditional villages: a township written with the nationalities its name in the
/// data lacks, a village written with its committee's second 村, a natural village written right after
/// its village, the ministry under its short name (住房城乡建设部), and a works of a kind listed by its
/// places (…村棚改等…项目); farmers' houses renovated are a kind. Fresh sentences.
@Suite struct TraditionalVillageTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县][Place:湾井瑶族镇][Place:下灌村]入选名录。"),
        // Written in a list, not right after its county.
        MarkedSentence("[Place:宁远县][Place:舜陵街道]、[Place:湾井瑶族镇]入选名录。"),
        MarkedSentence("[Place:宁远县][Place:湾井镇][Place:下灌村村]入选名录。"),
        MarkedSentence("[Place:宁远县][Place:湾井镇][Place:下灌村][Place:石背村]入选名录。"),
        MarkedSentence("国家[Institution:住房城乡建设部]公示名单。"),
        MarkedSentence("[Place:宁远县]推进[Project:湾井镇下灌村棚改项目|湾井镇下灌村棚改]、[Project:舜陵街道东门棚改项目|舜陵街道东门棚改]等棚改项目。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: ["宁远县实施农房改造提升行动。", "宁远县湾井镇下灌村新农村建设。", "宁远县湾井镇下灌村四个行政村。"])
    func namesNoWorksNorVillageOfAKind(_ text: String) {
        let names = recognizer.namesBesidesTheCounty(in: text).filter { !["湾井镇", "下灌村"].contains($0) }
        #expect(names.isEmpty, "\(names)")
    }
}
