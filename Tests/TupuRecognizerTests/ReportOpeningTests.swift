import Testing
import TupuRecognizer

/// Names in the openings of county work reports: a province's agricultural university by its short
/// name (山西农大), and the higher levels' committees no body (上级党委). Fresh sentences.
@Suite struct ReportOpeningTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]与[Institution:山西农业大学|山西农大]签订合作协议。"))
    }

    @Test func theHigherLevelsCommitteesAreNoBody() {
        let names = recognizer.namesBesidesTheCounty(in: "一年来，在上级党委、政府的坚强领导下，全县经济稳中有进。")
        #expect(names == [], "found \(names)")
    }
}
