import Testing
import TupuRecognizer

/// Names in programmes of festival events: exhibitions, online shows and galas named by a
/// quotation or a title, and kinds of activity that name none. Fresh sentences.
@Suite struct FestivalEventTests {
    static let cases: [MarkedSentence] = [
        // An exhibition and an online show named by a quotation or a book title.
        MarkedSentence("举办[Programme:福满宁远书画展|“福满宁远”书画展]和[Programme:舜帝魂云展播|《舜帝魂》云展播]。"),
        // A gala named by a title.
        MarkedSentence("举办[Programme:宣传贯彻统计法灯谜晚会|《宣传贯彻统计法》灯谜晚会]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Activities named by their kind alone (非遗民俗活动, 聚集性活动) are no programmes.
    @Test func kindsOfActivityNameNone() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县开展非遗民俗活动,减少聚集性活动。") == [])
    }
}
