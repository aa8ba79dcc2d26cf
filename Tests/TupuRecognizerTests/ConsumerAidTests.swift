import Testing
import TupuRecognizer

/// Names in consumer-aid news: the national programme of consumer aid, a department's aid group,
/// two outlets crediting one item, and groups counted on the spot. Fresh sentences.
@Suite struct ConsumerAidTests {
    static let cases: [MarkedSentence] = [
        // Two outlets credit one item; a department's aid group is named with the department.
        MarkedSentence("[Institution:潇湘网]-[Institution:时刻新闻客户端]9月28日18时讯 [Institution:永州市农业农村委帮扶集团]开展[Programme:消费帮扶]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Groups counted on the spot (现场三家帮扶集团) are no names.
    @Test func groupsCountedOnTheSpotAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县现场三家帮扶集团采购农特产品。")
        #expect(names.isEmpty, "found \(names)")
    }
}
