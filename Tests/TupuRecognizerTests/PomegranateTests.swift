import Testing
import TupuRecognizer

/// Names in news of pomegranates: two events held as one and written with 暨 between them
/// (…农民丰收节暨第五届石榴文化节) are one programme named by the whole, while a quoted series after 暨
/// (…半程马拉松暨“跑遍湖南”宁远站) stays a programme of its own. Fresh sentences.
@Suite struct PomegranateTests {
    @Test func twoEventsHeldAsOneAreOneProgramme() {
        recognizer.expectFinds(MarkedSentence("[Programme:湾井镇农民丰收节暨第五届石榴文化节]在[Place:宁远县]开幕。"))
    }

    @Test func aQuotedSeriesAfterJiStaysApart() {
        recognizer.expectFinds(MarkedSentence("[Programme:宁远县半程马拉松]暨“跑遍湖南”宁远站,在县体育馆开跑。"))
        let names = recognizer.recognize("宁远县半程马拉松暨“跑遍湖南”宁远站,在县体育馆开跑。").mentions.map(\.name)
        #expect(!names.contains { $0.contains("暨") }, "\(names)")
    }
}
