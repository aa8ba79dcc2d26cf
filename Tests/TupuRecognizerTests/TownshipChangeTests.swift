import Testing
import TupuRecognizer

/// Names in approvals of township changes: townships merged away, listed beside one the gazetteer
/// knows or beside each other, and autonomous prefectures written with 自治州 after their short form.
/// Fresh sentences.
@Suite struct TownshipChangeTests {
    static let cases: [MarkedSentence] = [
        // A township listed after a verb, before one the gazetteer knows.
        MarkedSentence("同意[Place:桐溪乡]、[Place:湾井镇]成建制合并设立湾井镇。"),
        // Townships listed with commas, each beside the next.
        MarkedSentence("同意[Place:桐山镇],[Place:道溪乡],[Place:湾井镇]成建制合并。"),
        // An autonomous prefecture by its short form and 自治州.
        MarkedSentence("抄送:[Institution:黔东南自治州民政局]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
