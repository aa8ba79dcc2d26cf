import Testing
import TupuRecognizer

/// Names in procuratorates' news: procuratorates and courts by their short names, a county's
/// campaign named with 美丽 before its 建设, and a river before its 河道. Fresh sentences.
@Suite struct ProcuratorateNewsTests {
    static let cases: [MarkedSentence] = [
        // Procuratorates and courts written without 人民.
        MarkedSentence("[Institution:宁远县检察院]联合[Institution:宁远县法院]开展公益诉讼。"),
        // A county's campaign named with 美丽, before the drive's 建设.
        MarkedSentence("宁远县推进[Programme:美丽宁远]建设。"),
        // A river before its channel is a place.
        MarkedSentence("被围垦的冷水河道恢复畅通,[Place:舂陵河]河道得到清理。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
