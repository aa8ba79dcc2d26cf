import Testing
import TupuRecognizer

/// Names in lists of designated units: sub-districts after their district, quoted sites counted as
/// sites, kinds of demonstration unit, and verbs of naming before a unit. Fresh sentences.
@Suite struct DesignationListTests {
    static let cases: [MarkedSentence] = [
        // A sub-district is named apart from the district before it.
        MarkedSentence("表彰[Place:冷水滩区][Place:梅湾街道]和[Place:宁远县][Place:舜陵街道]。"),
        // Quoted sites counted as sites keep their own type.
        MarkedSentence("打造“舜帝庙”、“[Place:湾井镇]”3个示范点。"),
        // A verb of naming is no part of the unit named.
        MarkedSentence("决定命名[Institution:宁远县舜帝纪念馆]为教育基地。"),
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
