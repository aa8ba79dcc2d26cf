import Testing
import TupuRecognizer

/// Names in news of labour-service brands: the central general offices by their short names (中办,
/// 国办), a policy of measures cited by its title (《…若干措施》), a task group whose work is a boundary
/// word's (…品牌建设工作领导小组), two sectors joined in one drive's topic, and what names nothing: a
/// kind of base built (培训基地建设) and an activity a quoted site held (“…”小区举办活动). Fresh sentences.
@Suite struct LabourBrandTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("据悉,[Institution:中共中央办公厅|中办]、[Institution:国务院办公厅|国办]印发意见。"),
        MarkedSentence("县里出台《[Programme:宁远县支持劳务品牌建设若干措施]》。"),
        MarkedSentence("[Place:宁远县]成立[Institution:瑶乡工匠劳务品牌建设工作领导小组]。"),
        MarkedSentence("县里实施[Programme:现代农业和家政服务业技能提升专项行动]。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aKindOfBaseBuiltNamesNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县通过加强培训基地建设,提升技能。")
    }

    @Test(arguments: ["宁远县在“向阳花”小区举办活动。", "宁远县在“向阳花”广场开展活动。"])
    func anActivityHeldAtAQuotedSiteIsNoProgramme(_ text: String) {
        let programmes = recognizer.recognize(text).mentions.filter { $0.type == .programme }.map(\.name)
        #expect(programmes.isEmpty, "\(programmes)")
    }
}
