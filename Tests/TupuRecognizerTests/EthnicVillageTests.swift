import Testing
import TupuRecognizer

/// Names of ethnic villages visited on inspection tours: a Dong, Miao or Yao village as a site
/// (…侗寨, …苗寨, …瑶寨) at the end of its chain of divisions. Fresh sentences.
@Suite struct EthnicVillageTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("考察组在湖南省永州市江华瑶族自治县[Place:井头湾瑶寨]调研。"),
        MarkedSentence("游客走进[Place:九嶷苗寨]，观看民族歌舞。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
