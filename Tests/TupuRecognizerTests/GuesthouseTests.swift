import Testing
import TupuRecognizer

/// Names in news of rural guesthouses: a guesthouse by its name (…民宿), waterfalls and guesthouse
/// quarters as sites (…瀑布, …民宿区), and no name made of a kind of guesthouse (精品民宿, 域内乡村民宿,
/// 两种乡村民宿) or of 民宿 used for its trade (乡村民宿旅游). Fresh sentences.
@Suite struct GuesthouseTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:湾井镇]的[Institution:舜源山居民宿]于5月1日正式开业。"),
        MarkedSentence("游客在[Place:九嶷山瀑布]下休闲，又到[Place:下灌村民宿区]参观。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func kindsOfGuesthouseAreNoNames() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县推动域内乡村民宿提质，形成了两种乡村民宿旅游的开发模式，发展精品民宿。").isEmpty)
    }
}
