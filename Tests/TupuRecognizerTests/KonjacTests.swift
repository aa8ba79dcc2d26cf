import Testing
import TupuRecognizer

/// Names in news of konjac: production lines a plant counts by 条 are its equipment, not works, though
/// a line named by its capacity is; a bureau written bare and said to guide (在农业局技术指导下) is the
/// county's (县农业局 until linking names the county), unless the guidance is a document (农业局指导意见). Fresh sentences.
@Suite struct KonjacTests {
    @Test func linesCountedByTheirClassifierAreEquipment() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县一家公司拥有4条烘干线、7条精粉生产线和两条米线生产线。")
    }

    @Test func aLineNamedByItsCapacityIsStillWorks() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]投资建设[Project:年产5万吨精粉生产线]。"))
    }

    @Test func aBareBureauThatGuidesIsTheCountys() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]在[Institution:县农业局|农业局]技术指导下开展魔芋栽培培训。"))
    }

    @Test func aBureausGuidanceDocumentNamesNoBureauByItself() {
        let names = recognizer.recognize("宁远县会上学习了农业局指导意见。").mentions.map(\.name)
        #expect(!names.contains("宁远县农业局"), "\(names)")
    }
}
