import Testing
import TupuRecognizer

/// Names in news of school football leagues: a county's short centre after a function character or a
/// verb, and the words of the genre that name nothing (two common words listed that townships somewhere
/// share, schools of a kind counted before them, school football as a kind). Fresh sentences.
@Suite struct SchoolFootballTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("比赛由[Institution:县体育中心]、[Institution:县一中]承办。"),
        MarkedSentence("联合[Institution:县文化中心]开展活动。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func commonWordsListedAreNoTownships() {
        let document = recognizer.recognize("比赛旨在发扬勇攀高峰、团结协作的体育精神。")
        #expect(document.mentions.isEmpty, "\(document.mentions)")
    }

    /// Schools of a kind counted before them, school football as a kind.
    static let namelessSentences = [
        "宁远县先后创办了4所足球特殊学校。",
        "宁远县积极开展各级校园足球联赛。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
