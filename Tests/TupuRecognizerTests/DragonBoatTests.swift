import Testing
import TupuRecognizer

/// Names in news of dragon-boat races: news websites by their head (…新闻网站), and what is no name:
/// the events of a contest (龙舟赛|项目), a traditional sport (传统体育竞技项目) and a race held by kind
/// (龙舟竞渡活动). Fresh sentences.
@Suite struct DragonBoatTests {
    @Test func findsANewsWebsite() {
        recognizer.expectFinds(MarkedSentence("[Institution:永州在线新闻网站]报道了比赛。"))
    }

    @Test func kindsOfRaceAndAContestsEventsAreNoNames() {
        #expect(recognizer.namesBesidesTheCounty(in: "赛龙舟是宁远县的传统体育竞技项目。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "本次龙舟赛项目为200米直道竞速。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "湾井镇举行盛大的龙舟竞渡活动。") == ["湾井镇"])
    }
}
