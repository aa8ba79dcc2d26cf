import Testing
import TupuRecognizer

/// Names in lists of designated units and in village-history news: sub-districts after their
/// district, quoted sites counted as sites, kinds of demonstration unit, verbs of naming before a
/// unit, village-history museums, and guidelines cited by title. Fresh sentences.
@Suite struct DesignationListTests {
    static let cases: [MarkedSentence] = [
        // A sub-district is named apart from the district before it.
        MarkedSentence("表彰[Place:冷水滩区][Place:梅湾街道]和[Place:宁远县][Place:舜陵街道]。"),
        // Quoted sites counted as sites keep their own type.
        MarkedSentence("打造“舜帝庙”、“[Place:湾井镇]”3个示范点。"),
        // A verb of naming is no part of the unit named.
        MarkedSentence("决定命名[Institution:宁远县舜帝纪念馆]为教育基地。"),
        // A village-history museum is an institution; guidelines cited by title, brackets and all, are one name.
        MarkedSentence("[Institution:宁远县下灌村村史馆]开馆,《[Programme:永州市村史馆(室)规划建设指导意见]》印发。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Quoted sites counted as sites, kinds of demonstration unit and 创建 after a verb are no programmes.
    @Test func sitesKindsAndVerbPhrasesAreNoProgrammes() {
        let mentions = recognizer.recognize("宁远县打造“舜帝庙”、“湾井镇”3个示范点,打造“示范机关”、“示范学校”,加大创建工作力度。").mentions
        let programmes = mentions.filter { $0.type == .programme }.map(\.name)
        #expect(programmes.isEmpty, "found \(programmes)")
    }
}
