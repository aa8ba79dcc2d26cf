import Testing
import TupuRecognizer

/// Names in news of civilisation-practice centres and volunteer teams: townships whose names several
/// counties share, in stories that name no county. Fresh sentences.
@Suite struct CivilisationPracticeTests {
    static let cases: [MarkedSentence] = [
        // A township's full name that fifty counties have, where the story names none of them.
        MarkedSentence("下一步,[Place:太平镇]将完善各村设施。"),
        MarkedSentence("记者走进[Place:白沙镇],看到村村建起了新时代文明实践站。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A township's name that a common word runs into (其中|城镇, 大雪|山乡) is no township where the
    /// story names no county.
    @Test func townshipNamesInsideWordsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "其中城镇人口增加,围绕大雪山乡发展大局。")
        #expect(names == [], "found \(names)")
    }
}
