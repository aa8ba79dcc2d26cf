import Testing
import TupuRecognizer

/// Names in news and plans of demonstration belts: a numbered slogan asked for as a requirement,
/// and a title longer than forty characters. Fresh sentences.
@Suite struct DemonstrationBeltTests {
    static let cases: [MarkedSentence] = [
        // A numbered slogan is a programme though the text asks for it as a requirement (“…”的要求).
        MarkedSentence("宁远县按照“[Programme:一带一主题]”的要求建设示范带。"),
        // A title of more than forty characters is a plan's whole name.
        MarkedSentence("根据《[Programme:关于认真贯彻落实习近平总书记重要讲话精神全面推进乡村振兴加快农业农村现代化的实施意见]》,制定本方案。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
