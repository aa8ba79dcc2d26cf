import Testing
import TupuRecognizer

/// Names in news of clinics of Chinese medicine and of training classes for village secretaries:
/// 中医 as one word, clinics and campaign offices as bodies, a national campaign of study and a quoted
/// class run in editions. Fresh sentences.
@Suite struct ClinicAndTrainingTests {
    static let cases: [MarkedSentence] = [
        // A clinic of Chinese medicine inside a health centre; 院|中医 is no word 院中.
        MarkedSentence("[Institution:宁远县湾井镇卫生院中医馆]正式运营。"),
        MarkedSentence("宁远县依托[Institution:县中医医院]中医学优势开展服务。"),
        // A campaign's office keeps the campaign's word and place (健康宁远行动推进办).
        MarkedSentence("[Institution:健康宁远行动推进办]供稿"),
        MarkedSentence("宁远县围绕[Programme:党史学习教育]开展授课。"),
        // A quotation run in editions is a recurring event (“…”第四期).
        MarkedSentence("全县村党组织书记“[Programme:乡村振兴大学堂]”第四期在宁远开班。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
