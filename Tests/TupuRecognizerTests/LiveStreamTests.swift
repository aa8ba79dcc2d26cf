import Testing
import TupuRecognizer

/// Names in news of farmers trained to sell by live stream: a plan after 推出, a contest ending in
/// 大比拼, and words that name nothing (a product named after its county, whose 山 begins 山茶油; selling by
/// live stream as a kind of activity). Fresh sentences.
@Suite struct LiveStreamTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:永州市]推出[Programme:乡村电商主播培育计划]。"),
        MarkedSentence("[Place:宁远县]举办[Programme:舜乡好物直播带货大比拼]。"),
        MarkedSentence("游客登上[Place:泰山]观日出。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A product whose 山 begins 山茶油, selling by live stream as a kind of activity.
    static let namelessSentences = [
        "宁远县主播推介永泰山茶油，开展现场直播带货试播活动。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
