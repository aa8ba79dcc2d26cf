import Testing
import TupuRecognizer

/// Names in news of children's welfare homes and minors' protection centres: a known body whose last character
/// begins a common word is still named where a word of its own follows (民政部|下达, 部下 a word too); relief
/// stations head bodies; public welfare, society and its institutions (公益事业, 儿童福利机构, 社会公益性) are generic
/// for works and programmes. Fresh sentences.
@Suite struct WelfareHomeTests {
    @Test func aKnownBodyBeforeAWordOfItsOwnIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Institution:民政部]下达资金225万元。"))
    }

    @Test func reliefStationsAreBodies() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]与[Institution:永州市流浪儿童救助保护站]合建。"))
    }

    @Test func welfareAndSocietyAreGeneric() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县流浪未成年人救助保护设施和儿童福利机构设施建设项目已全面启动。")
        let names = recognizer.namesBesidesTheCounty(in: "宁远县救助保护中心设有教学区。该中心是社会公益性民生工程,也是公益事业项目。")
        #expect(names.allSatisfy { $0.hasSuffix("中心") }, "\(names)")
    }
}
