import Testing
import TupuRecognizer

/// Names in news of temple fairs: a fair (…庙会, …古庙会) is a recurring event named with its place
/// and edition; a bare 庙会 is none. Fresh sentences.
@Suite struct TempleFairTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Programme:宁远县舜帝庙会]开幕，游客络绎不绝。"),
        MarkedSentence("[Programme:第十届九嶷山古庙会]如期而至。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aBareFairIsNoName() {
        #expect(recognizer.namesBesidesTheCounty(in: "来庙会游玩的群众很多。").isEmpty)
    }
}
