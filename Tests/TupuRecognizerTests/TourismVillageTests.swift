import Testing
import TupuRecognizer

/// Names in lists of rural-tourism villages: development and reform commissions written 发展改革委,
/// which no 改革 programme runs into. Fresh sentences.
@Suite struct TourismVillageTests {
    static let cases: [MarkedSentence] = [
        // A commission written 发展改革委 is a department.
        MarkedSentence("[Institution:宁远县发展改革委]组织评审。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// 改革 that begins 改革委 heads no programme (…会同省发展|改革委).
    @Test func aReformHeadBeforeItsCommissionNamesNoProgramme() {
        let mentions = recognizer.recognize("省文化和旅游厅会同省发展改革委组织评审。").mentions
        #expect(!mentions.contains { $0.type == .programme }, "found \(mentions.map(\.name))")
    }
}
