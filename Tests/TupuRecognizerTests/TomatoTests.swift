import Testing
import TupuRecognizer

/// Names in news of tomatoes: a tomato festival with its edition and township (第三届…番茄节) and an
/// agricultural show with its city in brackets (第五届中国(寿光)农博会) are events. Fresh sentences.
@Suite struct TomatoTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Programme:第三届新集番茄节]在镇文化广场开幕。"),
        MarkedSentence("合作社的西红柿在[Programme:第五届中国(寿光)农博会]上获金奖。"),
        MarkedSentence("县里组团参加[Programme:第十届中国(杨凌)农展会]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
