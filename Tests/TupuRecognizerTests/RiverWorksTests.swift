import Testing
import TupuRecognizer

/// Names in news of river chiefs and river works: rivers named by the works on them, dates and their
/// prepositions before a works, works that reinforce and protect, villages listed after a township
/// the gazetteer lacks, and the national broadcaster's two names. Fresh sentences.
@Suite struct RiverWorksTests {
    static let cases: [MarkedSentence] = [
        // A river that begins a works' name is a place where the text writes it on its own.
        MarkedSentence("[Place:宁远县]启动[Project:舜河宁远段河道治理工程]。项目将确保[Place:舜河]出境断面水质达标。"),
        // A date and its preposition say when; works that reinforce (整险加固) build.
        MarkedSentence("自2023年5月[Project:泠江整险加固工程]开展以来,进展顺利。"),
        // Villages counted after a township the gazetteer lacks are named apart from it, even where the
        // first begins with a temple's character (庙|前村).
        MarkedSentence("[Place:筏头乡][Place:庙前村]、[Place:后坞村]、[Place:瑶坞村]三个行政村受益。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A river's name that is a common word or runs into one (生态河|道, 中小河|流) names no river.
    @Test func riverWordsNameNoRiver() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县生态河道治理工程完工,生态河道更美。中小河流治理项目启动,中小河流得到治理。")
        #expect(!names.contains("生态河") && !names.contains("中小河"), "found \(names)")
    }
}
